package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

/**
 * A form for choosing a new password: changing one's own, or through an emailed link ({@code token} is then the
 * link's secret, {@code email} the account it resets). Passwords typed are never shown back.
 */
public record PasswordPage(String token, String email, FormErrors errors) {}
