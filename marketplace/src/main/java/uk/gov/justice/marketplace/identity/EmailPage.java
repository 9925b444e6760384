package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

/** The forgotten-password form: just the email address, kept as typed. */
public record EmailPage(String email, FormErrors errors) {}
