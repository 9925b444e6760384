package uk.gov.justice.marketplace.eoi;

import uk.gov.justice.marketplace.common.Transitions;

/**
 * Where a version of an Expression of Interest stands. The allowed moves are this one table (pinned by
 * EoiStatusTest): a provider edits a draft or a version sent back for changes, submits it, and may withdraw; the
 * steward approves, asks for changes or rejects a submitted version. Approved, rejected and withdrawn versions never
 * change again (an approved one is updated through a new version).
 */
public enum EoiStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The one table of moves, pinned by EoiStatusTest; a move outside it is refused. */
    static final Transitions<EoiStatus, EoiEvent> MOVES = Transitions.<EoiStatus, EoiEvent>refusing(
                    "error.eoi.notEditable")
            .allow(DRAFT, EoiEvent.EoiSubmitted.class, SUBMITTED)
            .allow(DRAFT, EoiEvent.EoiWithdrawn.class, WITHDRAWN)
            .allow(SUBMITTED, EoiEvent.EoiApproved.class, APPROVED)
            .allow(SUBMITTED, EoiEvent.ChangesRequested.class, CHANGES_REQUESTED)
            .allow(SUBMITTED, EoiEvent.EoiRejected.class, REJECTED)
            .allow(SUBMITTED, EoiEvent.EoiWithdrawn.class, WITHDRAWN)
            .allow(CHANGES_REQUESTED, EoiEvent.EoiSubmitted.class, SUBMITTED)
            .allow(CHANGES_REQUESTED, EoiEvent.EoiWithdrawn.class, WITHDRAWN)
            .allow(APPROVED, EoiEvent.EoiWithdrawn.class, WITHDRAWN)
            .build();

    public boolean canMoveTo(EoiStatus next) {
        return MOVES.allows(this, next);
    }

    /** The provider may change its answers. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
