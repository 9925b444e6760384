package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record SignInForm(@Nullable String email, @Nullable String password, @Nullable String returnTo) {
}
