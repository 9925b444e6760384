package uk.gov.justice.marketplace.concern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner's confidential concern about its lead provider's conduct, and what the steward did about it. The
 * steward records actions, puts what it chooses to the lead (never the author), and closes it with an outcome.
 */
@Serdeable
public record Concern(UUID id, UUID chainId, String chainName, UUID leadId, String leadName, UUID raisedBy,
                      String raisedByName, String raisedByPerson, Category category, String details, Status status,
                      Instant raisedAt, List<Action> actions, @Nullable String outcome) {

    public enum Category { LATE_PAYMENT, UNFAIR_TERMS, OTHER }

    public enum Status { RAISED, UNDER_REVIEW, PUT_TO_LEAD, CLOSED }

    /** Something the steward did or noted; for the steward's eyes. */
    @Serdeable
    public record Action(Instant at, String by, String note) {
    }

    static final int LONGEST_TEXT = 5000;

    /** Stored as JSON, which leaves out empty lists. */
    public Concern {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    static Concern raise(UUID chainId, String chainName, UUID leadId, String leadName, UUID raisedBy,
                         String raisedByName, String person, Category category, String details, Instant at) {
        if (category == null) {
            throw new InvalidInput("category", "error.concern.category");
        }
        return new Concern(UUID.randomUUID(), chainId, chainName, leadId, leadName, raisedBy, raisedByName, person,
                category, text("details", details), Status.RAISED, at, List.of(), null);
    }

    Concern act(String steward, String note, Instant at) {
        return next(Status.UNDER_REVIEW, new Action(at, steward, text("note", note)), null);
    }

    Concern putToLead(String steward, Instant at) {
        return next(Status.PUT_TO_LEAD, new Action(at, steward, "Put to the lead provider"), null);
    }

    Concern close(String steward, String outcome, Instant at) {
        String text = text("outcome", outcome);
        return next(Status.CLOSED, new Action(at, steward, "Closed: " + text), text);
    }

    private Concern next(Status to, Action action, String closingOutcome) {
        if (status == Status.CLOSED) {
            throw new ConflictingChange("error.concern.closed");
        }
        List<Action> all = new ArrayList<>(actions);
        all.add(action);
        return new Concern(id, chainId, chainName, leadId, leadName, raisedBy, raisedByName, raisedByPerson,
                category, details, to, raisedAt, all, closingOutcome);
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
