package uk.gov.justice.marketplace.cocommissioning;

import uk.gov.justice.marketplace.common.Transitions;

/** Where a version of an agreement stands: awaiting signatures, in force, or followed by a later version. */
public enum VersionStatus {
    PROPOSED,
    IN_FORCE,
    SUPERSEDED;

    /** The one table of moves, pinned by VersionStatusTest; a move outside it is refused. */
    static final Transitions<VersionStatus, AgreementEvent> MOVES = Transitions.<VersionStatus, AgreementEvent>refusing(
                    "cocommissioning.error.version.closed")
            .allow(PROPOSED, AgreementEvent.VersionSigned.class, PROPOSED)
            .allow(PROPOSED, AgreementEvent.VersionTookEffect.class, IN_FORCE)
            .allow(IN_FORCE, AgreementEvent.VersionSuperseded.class, SUPERSEDED)
            .build();
}
