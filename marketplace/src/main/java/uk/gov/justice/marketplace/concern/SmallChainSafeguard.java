package uk.gov.justice.marketplace.concern;

import java.time.Instant;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.supplychain.SupplyChain;

/**
 * In a chain with few partners the lead could work out who raised a concern, so the steward must say it has
 * weighed that before putting anything to the lead. Only partners really there count: an invitation declined or
 * left to expire, and a partner removed or gone, hide nobody (otherwise a lead could pad the count by inviting
 * providers who never answer). As a rule of the statement decision ({@link StatementToLead#RULES}) it is
 * {@link #WEIGHED_WHEN_FEW}.
 */
final class SmallChainSafeguard {

    /**
     * Fewer partners than this cannot hide an author. Fixed, not a setting: the concerns page and both bundles say
     * "fewer than three", and a lower number would only weaken the author's cover.
     */
    static final int SMALL_CHAIN = 3;

    /** With fewer than three partners hiding the author, nothing goes to the lead until the steward has weighed it. */
    static final Policy<StatementToLead> WEIGHED_WHEN_FEW = Policy.onField(
            "smallChainWeighed",
            "error.concern.smallChain",
            s -> !isSmall(s.partnersHidingTheAuthor()) || s.smallChainWeighed());

    private SmallChainSafeguard() {}

    /**
     * The partners the author hides among. Those who joined after the concern was raised cannot have raised it, and
     * a lead knows when each partner joined; those who have left since are the first a lead would suspect, and a
     * statement put now reads as coming from a partner still there. Neither moment alone is safe, so the smaller
     * count is taken: it never overstates the crowd.
     */
    static int partnersHidingTheAuthor(SupplyChain chain, Instant raisedAt, Instant now) {
        return Math.min(chain.partnersAt(raisedAt), chain.partnersAt(now));
    }

    static boolean isSmall(int partners) {
        return partners < SMALL_CHAIN;
    }
}
