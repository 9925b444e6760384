package uk.gov.justice.marketplace.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as its organisation's admin sees it. {@code locked}: against sources it never signed in from. */
@Serdeable
public record Member(UUID id, String fullName, String email, Set<Role> roles, boolean locked, boolean active) {

    static Member of(UserAccount user, Instant now) {
        return new Member(
                user.id(), user.fullName(), user.email(), user.roleSet(), user.isLockedAt(now), user.isActive());
    }
}
