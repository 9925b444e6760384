package uk.gov.justice.marketplace.ratecard;

import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;

/**
 * A service about to be published, and whether its provider is on the register: only a provider with an approved
 * Expression of Interest sells on the rate card, and there is no "price on application".
 */
record Publishing(RateCardService service, boolean providerOnTheRegister) {

    static final Policy<Publishing> ON_THE_REGISTER =
            Policy.onField("provider", "ratecard.error.notOnRegister", Publishing::providerOnTheRegister);

    static final Policy<Publishing> PRICED = Policy.onField(
            "unitPrice", "ratecard.error.noPrice", p -> p.service().prices().size() > 0);

    static final Policy<Publishing> SOMEWHERE_WITH_CAPACITY =
            Policy.onField("areas", "ratecard.error.noCapacity", p -> p.service().details().areas().stream()
                    .anyMatch(a -> a.capacity() > 0));

    /** The rules of publishing, in the order they are reported. */
    static final Policies<Publishing> RULES = Policies.of(ON_THE_REGISTER, PRICED, SOMEWHERE_WITH_CAPACITY);
}
