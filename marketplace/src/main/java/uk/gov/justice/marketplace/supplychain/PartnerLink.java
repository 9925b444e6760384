package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.DatedHistory;

/**
 * One partner's place in a chain: the invitation, the answer and, once in, every version of its terms with the day
 * each took effect. {@code termsVersion} numbers the latest; versions overwritten before terms were kept (V24) are
 * gone, so the history may start above 1.
 *
 * @param recorded where the last move left it (never expired: that is the deadline passing, not a move); where the
 *                 partner stands is {@link #statusAt}
 */
public record PartnerLink(
        UUID partnerId,
        String partnerName,
        LinkStatus recorded,
        String message,
        Instant invitedAt,
        Instant expiresAt,
        @Nullable Instant answeredAt,
        @Nullable String reason,
        DatedHistory<PartnerTerms> termsHistory,
        int termsVersion) {

    static PartnerLink invited(UUID partnerId, String partnerName, String message, Instant at, Instant expiresAt) {
        return new PartnerLink(
                partnerId,
                partnerName,
                LinkStatus.INVITED,
                message,
                at,
                expiresAt,
                null,
                null,
                DatedHistory.empty(),
                0);
    }

    PartnerLink answered(LinkStatus answer, Instant at, @Nullable String why) {
        return new PartnerLink(
                partnerId, partnerName, answer, message, invitedAt, expiresAt, at, why, termsHistory, termsVersion);
    }

    /** A new version from that day on; the earlier ones stay. */
    PartnerLink withTerms(PartnerTerms newTerms, LocalDate today) {
        return new PartnerLink(
                partnerId,
                partnerName,
                recorded,
                message,
                invitedAt,
                expiresAt,
                answeredAt,
                reason,
                termsHistory.with(newTerms, today, today),
                termsVersion + 1);
    }

    /** The latest terms, or none before any were recorded. */
    @Nullable
    public PartnerTerms terms() {
        return termsHistory.latest().map(Dated::value).orElse(null);
    }

    /** The number of the first version still kept. */
    int firstKeptVersion() {
        return termsVersion - termsHistory.size() + 1;
    }

    /** An invitation not answered by its deadline is expired, whether or not anyone has looked since. */
    LinkStatus statusAt(Instant now) {
        return recorded == LinkStatus.INVITED && !now.isBefore(expiresAt) ? LinkStatus.EXPIRED : recorded;
    }
}
