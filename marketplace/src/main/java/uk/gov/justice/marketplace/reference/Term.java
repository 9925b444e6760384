package uk.gov.justice.marketplace.reference;

/** One entry of a controlled list (a speciality, a cohort): a permanent code and its name in both languages. */
public record Term(String code, Label label) {}
