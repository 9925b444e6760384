package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An admin's invitation to a person to join its organisation; usable once, until it expires. */
@MappedEntity("invitation")
public record Invitation(
        @Id UUID id,
        UUID organisationId,
        String email,
        String fullName,
        @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
        String tokenHash,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt) {

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    Invitation acceptedAt(Instant now) {
        if (acceptedAt != null) {
            throw new IllegalStateException("An invitation is accepted once");
        }
        return new Invitation(
                id, organisationId, email, fullName, roles, tokenHash, invitedBy, createdAt, expiresAt, now);
    }

    Set<Role> roleSet() {
        return Arrays.stream(roles)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
