package uk.gov.justice.marketplace.identity;

/** What the invited person sees before choosing a password. */
public record PendingInvitation(String organisationName, String email, String fullName) {}
