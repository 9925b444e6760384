package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long a password-reset link works, and how many links one account can be sent per hour (so nobody can fill
 * a person's inbox by asking again and again).
 */
@ConfigurationProperties("marketplace.password-reset")
public record PasswordResetSettings(
        @Bindable(defaultValue = "1h") Duration validFor, @Bindable(defaultValue = "3") int maxPerHour) {}
