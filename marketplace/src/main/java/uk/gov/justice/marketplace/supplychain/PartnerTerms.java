package uk.gov.justice.marketplace.supplychain;

import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a partner does in the chain and on what terms: services for whom and where, how many people a year, the
 * annual value, how many days the lead takes to pay, and the share of the partner's income that depends on
 * payment-by-results outcomes (risk transfer).
 */
@Serdeable
public record PartnerTerms(List<String> specialities, List<String> cohorts, List<String> areas, int annualVolume,
                           Money annualValue, int paymentTermsDays, BigDecimal riskTransferPercent, LocalDate start,
                           LocalDate end) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int LONGEST_PAYMENT_TERMS = 365;

    public PartnerTerms {
        specialities = specialities == null ? List.of() : List.copyOf(specialities);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Everything wrong with these terms, so the lead can fix it all at once. */
    void check() {
        List<InvalidInput> problems = new ArrayList<>();
        if (specialities.isEmpty()) {
            problems.add(new InvalidInput("specialities", "error.chain.terms.specialities"));
        }
        if (annualVolume < 0) {
            problems.add(new InvalidInput("annualVolume", "error.chain.terms.negative"));
        }
        if (annualValue == null || annualValue.isNegative()) {
            problems.add(new InvalidInput("annualValue", "error.chain.terms.negative"));
        }
        if (paymentTermsDays < 0 || paymentTermsDays > LONGEST_PAYMENT_TERMS) {
            problems.add(new InvalidInput("paymentTermsDays", "error.chain.terms.paymentTerms"));
        }
        if (riskTransferPercent == null || riskTransferPercent.signum() < 0
                || riskTransferPercent.compareTo(HUNDRED) > 0) {
            problems.add(new InvalidInput("riskTransferPercent", "error.chain.terms.riskTransfer"));
        }
        if (start == null || end == null || !end.isAfter(start)) {
            problems.add(new InvalidInput("end", "error.chain.terms.dates"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
    }
}
