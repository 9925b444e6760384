package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
@ConfigurationProperties("marketplace.sign-in")
public record SignInSettings(@Bindable(defaultValue = "5") int maxFailedAttempts,
                             @Bindable(defaultValue = "15m") Duration lockout) {
}
