package uk.gov.justice.marketplace.supplychain;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.common.Share;

/**
 * The market steward's limits for fair treatment of supply-chain partners: how much payment-by-results risk a lead
 * may pass to a partner, how long it may take to pay, and the least share of a chain's value that should reach
 * voluntary, community and social enterprise partners.
 */
@Serdeable
public record StewardshipLimits(
        BigDecimal maxRiskTransferPercent, int maxPaymentTermsDays, BigDecimal minVcseSharePercent) {

    /** What makes a set of limits one the steward may set; each field answers with its own message. */
    static final Policies<StewardshipLimits> SETTABLE = Policies.of(
            Policy.onField(
                    "maxRiskTransferPercent",
                    "error.chain.terms.riskTransfer",
                    l -> Share.fits(l.maxRiskTransferPercent())),
            Policy.onField(
                    "maxPaymentTermsDays",
                    "error.chain.terms.paymentTerms",
                    l -> l.maxPaymentTermsDays() >= 0 && l.maxPaymentTermsDays() <= PartnerTerms.LONGEST_PAYMENT_TERMS),
            Policy.onField(
                    "minVcseSharePercent", "error.stewardship.vcseShare", l -> Share.fits(l.minVcseSharePercent())));

    void check() {
        SETTABLE.require(this);
    }

    Share maxRiskTransfer() {
        return new Share(maxRiskTransferPercent);
    }

    Share minVcseShare() {
        return new Share(minVcseSharePercent);
    }
}
