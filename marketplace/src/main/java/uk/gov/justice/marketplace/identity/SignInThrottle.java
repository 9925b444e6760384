package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Failed sign-ins from one source, whichever accounts they tried: too many within the lockout period and that
 * source alone is refused for a while. A success does not clear the count, or anyone holding one account could
 * sign into it between guesses at another.
 */
@MappedEntity("sign_in_throttle")
public record SignInThrottle(@Id String source, int failures, Instant windowStartedAt, @Nullable Instant lockedUntil) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    SignInThrottle afterFailure(Instant now, SignInSettings settings) {
        boolean windowOver = !now.isBefore(windowStartedAt.plus(settings.lockout()));
        int counted = windowOver ? 1 : failures + 1;
        if (counted >= settings.maxFailuresPerSource()) {
            return new SignInThrottle(source, 0, now, now.plus(settings.lockout()));
        }
        return new SignInThrottle(source, counted, windowOver ? now : windowStartedAt, lockedUntil);
    }
}
