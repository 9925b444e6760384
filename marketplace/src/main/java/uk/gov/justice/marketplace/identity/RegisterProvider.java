package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A VCSE organisation signing itself up, with its first user (who becomes its admin). */
@Introspected
@Serdeable
public record RegisterProvider(
        @Nullable String organisationName,
        @Nullable String registrationNumber,
        @Nullable String fullName,
        @Nullable String email,
        @Nullable String password,
        @Nullable String confirmPassword) {}
