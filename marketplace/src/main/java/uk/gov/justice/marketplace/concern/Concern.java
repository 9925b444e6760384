package uk.gov.justice.marketplace.concern;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Transitions;

/**
 * A partner's confidential concern about its lead provider's conduct, and what the steward did about it. The
 * steward records actions, puts what it chooses to the lead (never the author), and closes it with an outcome.
 * Immutable: every command answers the next state and what happened; the moves are {@link Status#MOVES}.
 */
public record Concern(
        UUID id,
        UUID chainId,
        String chainName,
        UUID leadId,
        String leadName,
        UUID raisedBy,
        String raisedByName,
        String raisedByPerson,
        Category category,
        String details,
        Status status,
        Instant raisedAt,
        List<Action> actions) {

    public enum Category {
        LATE_PAYMENT,
        UNFAIR_TERMS,
        OTHER
    }

    public enum Status {
        RAISED,
        UNDER_REVIEW,
        PUT_TO_LEAD,
        CLOSED;

        /** The one table of moves, pinned by ConcernStatusTest: anything may happen until the concern is closed. */
        static final Transitions<Status, ConcernEvent> MOVES = moves();

        private static Transitions<Status, ConcernEvent> moves() {
            Transitions.Builder<Status, ConcernEvent> table = Transitions.refusing("error.concern.closed");
            for (Status open : List.of(RAISED, UNDER_REVIEW, PUT_TO_LEAD)) {
                table.allow(open, ConcernEvent.EvidenceAdded.class, open)
                        .allow(open, ConcernEvent.ActionRecorded.class, UNDER_REVIEW)
                        .allow(open, ConcernEvent.PutToLead.class, PUT_TO_LEAD)
                        .allow(open, ConcernEvent.ConcernClosed.class, CLOSED);
            }
            return table.build();
        }
    }

    /** What kind of thing the steward did; its words are the bundles' {@code concern.action.*}. */
    public enum ActionKind {
        NOTE,
        PUT_TO_LEAD,
        CLOSED
    }

    /** Something the steward did, for the steward's eyes; the cause's reason is the note or outcome, if any. */
    public record Action(ActionKind kind, Cause cause) {}

    /** The next state and the event that led to it. */
    public record Change(Concern concern, ConcernEvent event) {}

    static final int LONGEST_TEXT = 5000;

    public Concern {
        actions = List.copyOf(actions);
    }

    static Change raise(
            UUID chainId,
            String chainName,
            UUID leadId,
            String leadName,
            UUID raisedBy,
            String raisedByName,
            String person,
            Category category,
            String details,
            Instant at) {
        if (category == null) {
            throw new InvalidInput("category", "error.concern.category");
        }
        Concern concern = new Concern(
                UUID.randomUUID(),
                chainId,
                chainName,
                leadId,
                leadName,
                raisedBy,
                raisedByName,
                person,
                category,
                text("details", details),
                Status.RAISED,
                at,
                List.of());
        return new Change(
                concern,
                new ConcernEvent.ConcernRaised(
                        concern.id(), Cause.by(person, at).withoutReason(), category));
    }

    /** Refused, changing nothing, unless the table allows the move now (a closed concern takes nothing more). */
    void require(Class<? extends ConcernEvent> move) {
        Status.MOVES.next(status, move);
    }

    /** A PDF may be added while the concern is open. */
    ConcernEvent.EvidenceAdded addEvidence(String partner, Instant at, String fileName, String sha256) {
        require(ConcernEvent.EvidenceAdded.class);
        return new ConcernEvent.EvidenceAdded(id, Cause.by(partner, at).withoutReason(), fileName, sha256);
    }

    Change act(String steward, String note, Instant at) {
        Cause cause = Cause.by(steward, at).because(text("note", note));
        return next(new ConcernEvent.ActionRecorded(id, cause), ActionKind.NOTE);
    }

    Change putToLead(String steward, Instant at) {
        return next(new ConcernEvent.PutToLead(id, Cause.by(steward, at).withoutReason()), ActionKind.PUT_TO_LEAD);
    }

    Change close(String steward, String outcome, Instant at) {
        Cause cause = Cause.by(steward, at).because(text("outcome", outcome));
        return next(new ConcernEvent.ConcernClosed(id, cause), ActionKind.CLOSED);
    }

    /** What the steward closed it with, which the partner sees: the words of the closing action. */
    @Nullable
    public String outcome() {
        return actions.stream()
                .filter(a -> a.kind() == ActionKind.CLOSED)
                .map(a -> a.cause().reason())
                .findFirst()
                .orElse(null);
    }

    private Change next(ConcernEvent event, ActionKind kind) {
        Status to = Status.MOVES.next(status, event.getClass());
        List<Action> all = new ArrayList<>(actions);
        all.add(new Action(kind, event.cause()));
        return new Change(
                new Concern(
                        id,
                        chainId,
                        chainName,
                        leadId,
                        leadName,
                        raisedBy,
                        raisedByName,
                        raisedByPerson,
                        category,
                        details,
                        to,
                        raisedAt,
                        all),
                event);
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.concern.missing");
        }
        if (value.length() > LONGEST_TEXT) {
            throw new InvalidInput(field, "error.concern.tooLong");
        }
        return value.trim();
    }
}
