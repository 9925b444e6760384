package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every answer carries. The content security policy allows only this site's own scripts, plus the one
 * inline line GOV.UK Frontend needs before the page paints (pinned by its hash); pages showing personal data are
 * never cached; HSTS is sent whenever the service is behind TLS ({@link TransportSecurity}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders {

    /** SHA-256 of GOV.UK Frontend's "js-enabled" snippet in layout.html (the value GOV.UK Frontend publishes). */
    static final String GOVUK_INLINE_SCRIPT = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

    static final String POLICY = "default-src 'self'; script-src 'self' " + GOVUK_INLINE_SCRIPT + "; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final boolean behindTls;

    SecurityHeaders(TransportSecurity transport) {
        this.behindTls = transport.behindTls();
    }

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        if (response.getContentType()
                .map(t -> t.matches(MediaType.TEXT_HTML_TYPE))
                .orElse(false)) {
            response.header("Cache-Control", "no-store");
        }
        if (behindTls) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
