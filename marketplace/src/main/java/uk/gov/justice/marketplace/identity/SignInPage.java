package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

/**
 * The sign-in form: keeps the email typed (never the password) and where to go afterwards; {@code noticeKey}: what
 * just happened (a password reset).
 */
public record SignInPage(String email, String returnTo, String noticeKey, FormErrors errors) {}
