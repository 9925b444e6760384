package uk.gov.justice.marketplace.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A freshly made token: the only time its value is shown. */
@Serdeable
public record NewApiToken(UUID id, String name, String token, Instant expiresAt) {}
