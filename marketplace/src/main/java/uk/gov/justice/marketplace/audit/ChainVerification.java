package uk.gov.justice.marketplace.audit;

import io.micronaut.serde.annotation.Serdeable;

/** The result of walking the whole chain: intact, or the first entry whose hash or link does not hold. */
@Serdeable
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification brokenAt(long checked, long sequence, String problem) {
        return new ChainVerification(false, checked, sequence, problem);
    }
}
