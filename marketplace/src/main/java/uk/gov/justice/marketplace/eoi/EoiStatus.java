package uk.gov.justice.marketplace.eoi;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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

    private static final Map<EoiStatus, Set<EoiStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(APPROVED, CHANGES_REQUESTED, REJECTED, WITHDRAWN),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.of(WITHDRAWN),
            REJECTED, EnumSet.noneOf(EoiStatus.class),
            WITHDRAWN, EnumSet.noneOf(EoiStatus.class));

    public boolean canMoveTo(EoiStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The provider may change its answers. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
