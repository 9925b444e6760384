package uk.gov.justice.marketplace.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The mail server (MARKETPLACE_EMAIL_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _STARTTLS; MARKETPLACE_EMAIL_FROM).
 * STARTTLS is required unless _STARTTLS is explicitly false (a relay on the same host, a test server): emails carry
 * invitation links, and a server that does not offer TLS is refused rather than spoken to in clear.
 */
@ConfigurationProperties("marketplace.email.smtp")
public record SmtpSettings(
        String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "true") boolean starttls,
        @Bindable(defaultValue = "no-reply@rehabilitation-marketplace.justice.gov.uk") String from) {

    static final String HOST = "marketplace.email.smtp.host";
}
