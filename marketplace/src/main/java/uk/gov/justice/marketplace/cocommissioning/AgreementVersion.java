package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;

/**
 * One version of an agreement: what it says, who proposed it and why, who has signed, and the UK day it took
 * effect once its quorum had signed.
 */
public record AgreementVersion(
        int number,
        AgreementTerms terms,
        VersionStatus status,
        Cause proposed,
        List<Signature> signatures,
        @Nullable LocalDate tookEffectOn) {

    public AgreementVersion {
        signatures = List.copyOf(signatures);
    }

    public boolean signedBy(UUID funderId) {
        return signatures.stream().anyMatch(s -> s.funderId().equals(funderId));
    }

    public boolean tookEffect() {
        return tookEffectOn != null;
    }

    AgreementVersion moved(VersionStatus to, List<Signature> signed, @Nullable LocalDate on) {
        return new AgreementVersion(number, terms, to, proposed, signed, on);
    }
}
