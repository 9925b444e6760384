package uk.gov.justice.marketplace.common.web;

/** A portal form: it carries back the session's CSRF token from the page it came from. */
public interface CsrfForm {
    String csrfToken();
}
