package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One partner's place in a chain: the invitation, the answer and, once in, its terms (the latest version). */
@Serdeable
public record PartnerLink(UUID partnerId, String partnerName, LinkStatus status, String message, Instant invitedAt,
                          Instant expiresAt, @Nullable Instant answeredAt, @Nullable String reason,
                          @Nullable @Schema(type = "object") PartnerTerms terms, int termsVersion) {

    static PartnerLink invited(UUID partnerId, String partnerName, String message, Instant at, Instant expiresAt) {
        return new PartnerLink(partnerId, partnerName, LinkStatus.INVITED, message, at, expiresAt, null, null, null,
                0);
    }

    PartnerLink answered(LinkStatus answer, Instant at, @Nullable String why) {
        return new PartnerLink(partnerId, partnerName, answer, message, invitedAt, expiresAt, at, why, terms,
                termsVersion);
    }

    PartnerLink withTerms(PartnerTerms newTerms) {
        return new PartnerLink(partnerId, partnerName, status, message, invitedAt, expiresAt, answeredAt, reason,
                newTerms, termsVersion + 1);
    }

    /** An invitation not answered by its deadline counts as expired, whether or not anyone has looked since. */
    LinkStatus statusAt(Instant now) {
        return status == LinkStatus.INVITED && !now.isBefore(expiresAt) ? LinkStatus.EXPIRED : status;
    }
}
