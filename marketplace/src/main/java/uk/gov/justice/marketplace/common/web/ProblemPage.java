package uk.gov.justice.marketplace.common.web;

/** The portal's error page: a heading and an explanation, both message keys. */
public record ProblemPage(String headingKey, String bodyKey) {}
