package uk.gov.justice.marketplace.supplychain;

import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The market steward's limits for fair treatment of supply-chain partners: how much payment-by-results risk a lead
 * may pass to a partner, how long it may take to pay, and the least share of a chain's value that should reach
 * voluntary, community and social enterprise partners.
 */
@Serdeable
public record StewardshipLimits(BigDecimal maxRiskTransferPercent, int maxPaymentTermsDays,
                                BigDecimal minVcseSharePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    void check() {
        List<InvalidInput> problems = new ArrayList<>();
        if (!isPercentage(maxRiskTransferPercent)) {
            problems.add(new InvalidInput("maxRiskTransferPercent", "error.chain.terms.riskTransfer"));
        }
        if (maxPaymentTermsDays < 0 || maxPaymentTermsDays > PartnerTerms.LONGEST_PAYMENT_TERMS) {
            problems.add(new InvalidInput("maxPaymentTermsDays", "error.chain.terms.paymentTerms"));
        }
        if (!isPercentage(minVcseSharePercent)) {
            problems.add(new InvalidInput("minVcseSharePercent", "error.chain.terms.riskTransfer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
    }

    private static boolean isPercentage(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }
}
