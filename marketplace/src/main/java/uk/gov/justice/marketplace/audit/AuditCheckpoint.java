package uk.gov.justice.marketplace.audit;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The platform's signed statement that at {@code madeAt} the chain held {@code entryCount} entries ending in
 * {@code headHash}. A reader who keeps one can later prove that no entry up to it was removed or rewritten.
 */
@Serdeable
public record AuditCheckpoint(long entryCount, String headHash, Instant madeAt, String keyId, String signature) {}
