package uk.gov.justice.marketplace.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The result of walking the whole chain: intact, or the first entry whose hash, link or checkpoint does not hold.
 * {@code lastCheckpoint} is the newest anchor the platform signed, if any: the chain was held to it (and to every
 * earlier one).
 */
@Serdeable
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long firstBrokenSequence,
        @Nullable String problem,
        @Nullable @Schema(type = "object") AuditCheckpoint lastCheckpoint) {

    static ChainVerification intact(long checked, AuditCheckpoint lastCheckpoint) {
        return new ChainVerification(true, checked, null, null, lastCheckpoint);
    }

    static ChainVerification brokenAt(long checked, long sequence, String problem, AuditCheckpoint lastCheckpoint) {
        return new ChainVerification(false, checked, sequence, problem, lastCheckpoint);
    }
}
