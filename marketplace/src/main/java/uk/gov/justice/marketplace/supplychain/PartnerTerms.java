package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.common.Share;

/**
 * What a partner does in the chain and on what terms: services for whom and where, how many people a year, the
 * annual value, how many days the lead takes to pay, and the share of the partner's income that depends on
 * payment-by-results outcomes (risk transfer).
 */
@Serdeable
public record PartnerTerms(
        @Nullable List<String> specialities,
        @Nullable List<String> cohorts,
        @Nullable List<String> areas,
        @Nullable Integer annualVolume,
        @Nullable @Schema(type = "object") Money annualValue,
        @Nullable Integer paymentTermsDays,
        @Nullable BigDecimal riskTransferPercent,
        @Nullable LocalDate start,
        @Nullable LocalDate end) {

    static final int LONGEST_PAYMENT_TERMS = 365;

    public PartnerTerms {
        specialities = specialities == null ? List.of() : List.copyOf(specialities);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /**
     * What makes terms recordable, in the order the form asks: every answer given, and each one sensible. A rule
     * about an answer's value lets a missing answer through, so each field is named once.
     */
    static final Policies<PartnerTerms> RULES = Policies.of(
            Policy.onField("specialities", "error.chain.terms.specialities", t -> !t.specialities()
                    .isEmpty()),
            answered("annualVolume", PartnerTerms::annualVolume),
            sensible("annualVolume", PartnerTerms::annualVolume, "error.chain.terms.negative", n -> n >= 0),
            answered("annualValue", PartnerTerms::annualValue),
            sensible("annualValue", PartnerTerms::annualValue, "error.chain.terms.negative", v -> !v.isNegative()),
            answered("paymentTermsDays", PartnerTerms::paymentTermsDays),
            sensible(
                    "paymentTermsDays",
                    PartnerTerms::paymentTermsDays,
                    "error.chain.terms.paymentTerms",
                    n -> n >= 0 && n <= LONGEST_PAYMENT_TERMS),
            answered("riskTransferPercent", PartnerTerms::riskTransferPercent),
            sensible(
                    "riskTransferPercent",
                    PartnerTerms::riskTransferPercent,
                    "error.chain.terms.riskTransfer",
                    Share::fits),
            answered("start", PartnerTerms::start),
            answered("end", PartnerTerms::end),
            Policy.onField(
                    "end",
                    "error.chain.terms.dates",
                    t -> t.end() == null || t.start() == null || t.end().isAfter(t.start())));

    /** Everything missing or wrong in these terms, each field named, so the lead can fix it all at once. */
    void check() {
        RULES.require(this);
    }

    /** The share of the partner's income at risk; only for terms that have passed {@link #check()}. */
    Share riskTransfer() {
        return new Share(riskTransferPercent);
    }

    private static Policy<PartnerTerms> answered(String field, Function<PartnerTerms, ?> answer) {
        return Policy.onField(field, "error.chain.terms.missing", t -> answer.apply(t) != null);
    }

    private static <T> Policy<PartnerTerms> sensible(
            String field, Function<PartnerTerms, T> answer, String key, Predicate<T> sensible) {
        return Policy.onField(field, key, t -> answer.apply(t) == null || sensible.test(answer.apply(t)));
    }
}
