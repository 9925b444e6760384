package uk.gov.justice.marketplace.identity;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.UUID;

/** A user as its organisation's admin sees it. */
@Serdeable
public record Member(UUID id, String fullName, String email, Set<Role> roles, boolean locked) {
}
