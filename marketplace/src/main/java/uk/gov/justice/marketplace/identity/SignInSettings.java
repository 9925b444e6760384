package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Sign-in throttling. {@code maxFailedAttempts} wrong passwords in a row from sources an account never signed in
 * from lock it against such sources; {@code maxFailuresPerSource} failures from one source, whatever the accounts,
 * refuse that source; both for {@code lockout}. {@code clientAddressHeader} names the header a trusted reverse proxy
 * sets to the caller's address (its last value is used); without one the connection's address is the source, since
 * a header the caller writes could name any source it likes.
 */
@ConfigurationProperties("marketplace.sign-in")
public record SignInSettings(
        @Bindable(defaultValue = "5") int maxFailedAttempts,
        @Bindable(defaultValue = "15m") Duration lockout,
        @Bindable(defaultValue = "20") int maxFailuresPerSource,
        @Nullable String clientAddressHeader) {}
