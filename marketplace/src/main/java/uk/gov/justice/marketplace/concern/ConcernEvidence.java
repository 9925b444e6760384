package uk.gov.justice.marketplace.concern;

import java.time.Instant;
import java.util.UUID;

/** A PDF attached to a concern, as listed (its content is fetched separately). */
public record ConcernEvidence(UUID id, String fileName, int sizeBytes, String sha256, Instant uploadedAt) {}
