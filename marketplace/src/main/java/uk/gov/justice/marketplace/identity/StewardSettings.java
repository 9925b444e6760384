package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first market steward's sign-in (MARKETPLACE_STEWARD_EMAIL and MARKETPLACE_STEWARD_PASSWORD): none by default,
 * and then no steward is made.
 */
@ConfigurationProperties("marketplace.steward")
record StewardSettings(@Nullable String email, @Nullable String password) {

    /** The password stays out of anything that prints the settings. */
    @Override
    public String toString() {
        return "StewardSettings[email=" + email + ", password=(hidden)]";
    }
}
