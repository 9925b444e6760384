package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;

/**
 * What happened to a chain, in the past tense: to which partner, and who did it, when and why ({@link Cause}). The
 * chain keeps them as its history; {@link ChainAudit} is the one place each becomes its history line (as stored and
 * as the API has always shown it) and its audit entry.
 */
public sealed interface ChainEvent {

    @Nullable
    UUID partnerId();

    @Nullable
    String partnerName();

    Cause cause();

    /** The word the history line is stored under. */
    default String action() {
        return ChainAudit.action(this);
    }

    /** What the history line keeps besides who and when. */
    @Nullable
    default String detail() {
        return ChainAudit.detail(this);
    }

    record ChainStarted(String name, Cause cause) implements ChainEvent {
        public UUID partnerId() {
            return null;
        }

        public String partnerName() {
            return null;
        }
    }

    record PartnerInvited(UUID partnerId, String partnerName, String message, Cause cause) implements ChainEvent {}

    record InvitationAccepted(UUID partnerId, String partnerName, Cause cause) implements ChainEvent {}

    /** The partner's reason is the cause's. */
    record InvitationDeclined(UUID partnerId, String partnerName, Cause cause) implements ChainEvent {}

    /** {@code summary} is the terms as one line ({@link TermsSummary}). */
    record TermsRecorded(UUID partnerId, String partnerName, String summary, Cause cause) implements ChainEvent {}

    /** Left or removed by the lead; the reason is the cause's. */
    record PartnerLeft(UUID partnerId, String partnerName, Cause cause) implements ChainEvent {}

    /** A history line read back from its row, by the action it was stored under. */
    static ChainEvent of(
            String action,
            @Nullable UUID partnerId,
            @Nullable String partnerName,
            String by,
            Instant at,
            @Nullable String detail) {
        return ChainAudit.read(action, partnerId, partnerName, by, at, detail);
    }
}
