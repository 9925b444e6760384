package uk.gov.justice.marketplace.concern;

import uk.gov.justice.marketplace.common.Policies;

/**
 * A statement the steward means to put to a lead about a concern, as its rules judge it before it goes: how many
 * partners hide the concern's author, and whether the steward said it has weighed a small crowd.
 */
record StatementToLead(int partnersHidingTheAuthor, boolean smallChainWeighed) {

    /** The statement decision's rules, in the order they are reported. */
    static final Policies<StatementToLead> RULES = Policies.of(SmallChainSafeguard.WEIGHED_WHEN_FEW);
}
