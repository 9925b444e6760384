package uk.gov.justice.marketplace.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** The mail server (MARKETPLACE_EMAIL_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _STARTTLS; MARKETPLACE_EMAIL_FROM). */
@ConfigurationProperties("marketplace.email.smtp")
public record SmtpSettings(String host, @Bindable(defaultValue = "587") int port, @Nullable String username,
                           @Nullable String password, @Bindable(defaultValue = "true") boolean starttls,
                           @Bindable(defaultValue = "no-reply@rehabilitation-marketplace.justice.gov.uk") String from) {

    static final String HOST = "marketplace.email.smtp.host";
}
