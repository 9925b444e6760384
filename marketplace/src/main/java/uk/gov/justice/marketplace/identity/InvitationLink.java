package uk.gov.justice.marketplace.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The link the invited person follows; holds the only copy of the secret. */
@Serdeable
public record InvitationLink(String email, String url, Instant expiresAt) {}
