package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a partner does in the chain and on what terms: services for whom and where, how many people a year, the
 * annual value, how many days the lead takes to pay, and the share of the partner's income that depends on
 * payment-by-results outcomes (risk transfer).
 */
@Serdeable
public record PartnerTerms(@Nullable List<String> specialities, @Nullable List<String> cohorts,
                           @Nullable List<String> areas, @Nullable Integer annualVolume,
                           @Nullable @Schema(type = "object") Money annualValue,
                           @Nullable Integer paymentTermsDays, @Nullable BigDecimal riskTransferPercent,
                           @Nullable LocalDate start, @Nullable LocalDate end) {

    static final int LONGEST_PAYMENT_TERMS = 365;

    public PartnerTerms {
        specialities = specialities == null ? List.of() : List.copyOf(specialities);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Everything missing or wrong in these terms, each field named, so the lead can fix it all at once. */
    void check() {
        List<InvalidInput> problems = new ArrayList<>();
        if (specialities.isEmpty()) {
            problems.add(new InvalidInput("specialities", "error.chain.terms.specialities"));
        }
        check(problems, "annualVolume", annualVolume, n -> n >= 0, "error.chain.terms.negative");
        check(problems, "annualValue", annualValue, v -> !v.isNegative(), "error.chain.terms.negative");
        check(problems, "paymentTermsDays", paymentTermsDays, n -> n >= 0 && n <= LONGEST_PAYMENT_TERMS,
                "error.chain.terms.paymentTerms");
        check(problems, "riskTransferPercent", riskTransferPercent, Share::fits, "error.chain.terms.riskTransfer");
        check(problems, "start", start, s -> true, null);
        check(problems, "end", end, e -> start == null || e.isAfter(start), "error.chain.terms.dates");
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
    }

    /** The share of the partner's income at risk; only for terms that have passed {@link #check()}. */
    Share riskTransfer() {
        return new Share(riskTransferPercent);
    }

    private static <T> void check(List<InvalidInput> problems, String field, @Nullable T answer, Predicate<T> valid,
                                  @Nullable String invalid) {
        if (answer == null) {
            problems.add(new InvalidInput(field, "error.chain.terms.missing"));
        } else if (!valid.test(answer)) {
            problems.add(new InvalidInput(field, invalid));
        }
    }
}
