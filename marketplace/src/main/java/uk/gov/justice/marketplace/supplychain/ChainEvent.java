package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A line of a chain's history: who did what to which partner, when and why. Kept for as long as the chain. */
public record ChainEvent(String action, @Nullable UUID partnerId, @Nullable String partnerName, String by,
                         Instant at, @Nullable String detail) {
}
