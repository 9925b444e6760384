package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A generated contract as listed: what it is, between whom, its hashes, who has signed, whether it is sealed, and
 * whether a later generation has superseded it (then it can no longer be signed).
 */
@Serdeable
public record ContractDocument(
        UUID id,
        UUID chainId,
        String kind,
        @Nullable UUID partnerId,
        String language,
        String reference,
        String fingerprint,
        String sha256,
        List<UUID> parties,
        Instant createdAt,
        List<Signature> signatures,
        @Nullable Instant sealedAt,
        @Nullable Instant supersededAt) {

    /** Who signed for which organisation, when, and the hash of the PDF they signed. */
    @Serdeable
    public record Signature(
            UUID organisationId,
            String signerName,
            String organisation,
            String role,
            Instant signedAt,
            String documentSha256) {}

    boolean isLeadContract() {
        return "LEAD_CONTRACT".equals(kind);
    }
}
