package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A bearer token a user made for calling the API as themselves; it works until revoked or until it expires. */
@MappedEntity("api_token")
public record ApiToken(
        @Id UUID id,
        UUID userId,
        String name,
        String tokenHash,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        Instant expiresAt) {

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean isActiveAt(Instant now) {
        return !isRevoked() && now.isBefore(expiresAt);
    }

    ApiToken revokedAt(Instant now) {
        return new ApiToken(id, userId, name, tokenHash, createdAt, lastUsedAt, now, expiresAt);
    }

    ApiToken usedAt(Instant now) {
        return new ApiToken(id, userId, name, tokenHash, createdAt, now, revokedAt, expiresAt);
    }
}
