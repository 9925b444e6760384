package uk.gov.justice.marketplace.common;

import java.math.BigDecimal;

/**
 * How VAT applies to a price: exempt (no VAT, and none reclaimable), zero-rated (taxable at 0%) or standard (at the
 * standard rate in force, which the caller supplies because it changes over time).
 */
public enum VatTreatment {
    EXEMPT,
    ZERO_RATED,
    STANDARD;

    /** The VAT due on a net price, rounded to the currency's smallest unit. */
    public Money vatOn(Money net, Share standardRate) {
        return this == STANDARD ? net.times(standardRate.fraction()) : net.times(BigDecimal.ZERO);
    }
}
