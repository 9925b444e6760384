package uk.gov.justice.marketplace.contracts;

import java.math.BigDecimal;

/** One partner's services in the chain: what, for whom, where, how many, for how much, paid when, at what risk. */
public record ServiceLine(
        String partner,
        String services,
        String cohorts,
        String area,
        int annualVolume,
        BigDecimal annualValue,
        int paymentTermsDays,
        BigDecimal riskTransferPercent) {

    public ServiceLine {
        partner = Text.required(partner, "partner");
        services = services == null ? "" : services;
        cohorts = cohorts == null ? "" : cohorts;
        area = area == null ? "" : area;
        if (annualVolume < 0
                || annualValue == null
                || annualValue.signum() < 0
                || paymentTermsDays < 0
                || riskTransferPercent == null
                || riskTransferPercent.signum() < 0
                || riskTransferPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A service line needs non-negative figures and risk of 0 to 100%");
        }
    }
}
