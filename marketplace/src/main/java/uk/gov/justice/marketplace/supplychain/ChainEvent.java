package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a chain, in the past tense: who did it, when, to which partner and why. The chain keeps them as
 * its history; {@link ChainAudit} turns each into its audit entry. {@link #action()} and {@link #detail()} are the
 * history line as stored and as the API has always shown it.
 */
public sealed interface ChainEvent {

    @Nullable
    UUID partnerId();

    @Nullable
    String partnerName();

    String by();

    Instant at();

    String action();

    @Nullable
    String detail();

    record ChainStarted(String name, String by, Instant at) implements ChainEvent {
        public UUID partnerId() {
            return null;
        }

        public String partnerName() {
            return null;
        }

        public String action() {
            return "created";
        }

        public String detail() {
            return name;
        }
    }

    record PartnerInvited(UUID partnerId, String partnerName, String message, String by, Instant at)
            implements ChainEvent {
        public String action() {
            return "invited";
        }

        public String detail() {
            return message;
        }
    }

    record InvitationAccepted(UUID partnerId, String partnerName, String by, Instant at) implements ChainEvent {
        public String action() {
            return "accepted";
        }

        public String detail() {
            return null;
        }
    }

    record InvitationDeclined(UUID partnerId, String partnerName, String reason, String by, Instant at)
            implements ChainEvent {
        public String action() {
            return "declined";
        }

        public String detail() {
            return reason;
        }
    }

    /** {@code summary} is the terms as one line ({@link TermsSummary}). */
    record TermsRecorded(UUID partnerId, String partnerName, String summary, String by, Instant at)
            implements ChainEvent {
        public String action() {
            return "terms-recorded";
        }

        public String detail() {
            return summary;
        }
    }

    record PartnerLeft(UUID partnerId, String partnerName, String reason, String by, Instant at)
            implements ChainEvent {
        public String action() {
            return "left";
        }

        public String detail() {
            return reason;
        }
    }

    /** A history line read back from its row, by the action it was stored under. */
    static ChainEvent of(String action, @Nullable UUID partnerId, @Nullable String partnerName, String by,
                         Instant at, @Nullable String detail) {
        return switch (action) {
            case "created" -> new ChainStarted(detail, by, at);
            case "invited" -> new PartnerInvited(partnerId, partnerName, detail, by, at);
            case "accepted" -> new InvitationAccepted(partnerId, partnerName, by, at);
            case "declined" -> new InvitationDeclined(partnerId, partnerName, detail, by, at);
            case "terms-recorded" -> new TermsRecorded(partnerId, partnerName, detail, by, at);
            case "left" -> new PartnerLeft(partnerId, partnerName, detail, by, at);
            default -> throw new IllegalStateException("No chain event is stored as " + action);
        };
    }
}
