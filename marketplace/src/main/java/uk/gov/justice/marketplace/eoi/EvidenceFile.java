package uk.gov.justice.marketplace.eoi;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A PDF the provider attached as evidence, as listed (the content is fetched separately). */
@Serdeable
public record EvidenceFile(
        UUID id, String fileName, int sizeBytes, String sha256, int extractedCharacters, Instant uploadedAt) {}
