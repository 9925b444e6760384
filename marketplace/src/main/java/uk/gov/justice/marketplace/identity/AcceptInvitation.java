package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The invited person's answers: their name as they want it shown, and a password. */
@Introspected
@Serdeable
public record AcceptInvitation(
        @Nullable String fullName, @Nullable String password, @Nullable String confirmPassword) {}
