package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A link for choosing a new password; usable once, until it expires. Only the SHA-256 of its secret is kept. */
@MappedEntity("password_reset")
public record PasswordReset(
        @Id UUID id, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {

    boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
