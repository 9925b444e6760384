package uk.gov.justice.marketplace.supplychain;

import uk.gov.justice.marketplace.common.Transitions;

/**
 * Where a partner stands in a chain: invited, then in (accepted) or not (declined), and later gone (left, or
 * removed by the lead; an invitation withdrawn is the same). Expired is no move: it is an invitation whose
 * deadline has passed ({@link PartnerLink#statusAt}), so it is never stored and takes no answer.
 */
public enum LinkStatus {
    INVITED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    LEFT;

    /** The one table of moves, pinned by LinkStatusTest; a move outside it is refused. */
    static final Transitions<LinkStatus, ChainEvent> MOVES = Transitions.<LinkStatus, ChainEvent>refusing(
                    "error.chain.notInChain")
            .refusing(ChainEvent.InvitationAccepted.class, "error.chain.invitation.closed")
            .refusing(ChainEvent.InvitationDeclined.class, "error.chain.invitation.closed")
            .allow(INVITED, ChainEvent.InvitationAccepted.class, ACCEPTED)
            .allow(INVITED, ChainEvent.InvitationDeclined.class, DECLINED)
            .allow(INVITED, ChainEvent.PartnerLeft.class, LEFT)
            .allow(ACCEPTED, ChainEvent.TermsRecorded.class, ACCEPTED)
            .allow(ACCEPTED, ChainEvent.PartnerLeft.class, LEFT)
            .build();

    /** In the chain and counted in its figures. */
    public boolean isActive() {
        return this == ACCEPTED;
    }

    /** Still open: a new invitation to the same partner would be a duplicate. */
    boolean isOpen() {
        return this == INVITED || this == ACCEPTED;
    }
}
