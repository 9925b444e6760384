package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An admin asking a person to join its organisation with the given roles. */
@Introspected
@Serdeable
public record InviteUser(@Nullable String email, @Nullable String fullName, @Nullable List<String> roles) {}
