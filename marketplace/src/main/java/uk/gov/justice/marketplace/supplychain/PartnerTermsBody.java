package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.justice.marketplace.common.Money;

/**
 * What a partner does in the chain and on what terms: services for whom and where, how many people a year, the
 * annual value, how many days the lead takes to pay, and the share of the partner's income that depends on
 * payment-by-results outcomes (risk transfer).
 */
// The JSON the lead sends and is shown, apart from the PartnerTerms a chain stores so that either can change without
// the other; every answer may be missing here, for PartnerTerms.RULES to name. Its schema is PartnerTermsBody: a
// property's own @Schema (needed for the nullable object's type) makes the generator ignore a class-level name.
@Serdeable
record PartnerTermsBody(
        @Nullable List<String> specialities,
        @Nullable List<String> cohorts,
        @Nullable List<String> areas,
        @Nullable Integer annualVolume,
        @Nullable @Schema(type = "object") Money annualValue,
        @Nullable Integer paymentTermsDays,
        @Nullable BigDecimal riskTransferPercent,
        @Nullable LocalDate start,
        @Nullable LocalDate end) {

    static PartnerTermsBody of(PartnerTerms t) {
        return new PartnerTermsBody(
                t.specialities(),
                t.cohorts(),
                t.areas(),
                t.annualVolume(),
                t.annualValue(),
                t.paymentTermsDays(),
                t.riskTransferPercent(),
                t.start(),
                t.end());
    }

    PartnerTerms terms() {
        return new PartnerTerms(
                specialities,
                cohorts,
                areas,
                annualVolume,
                annualValue,
                paymentTermsDays,
                riskTransferPercent,
                start,
                end);
    }
}
