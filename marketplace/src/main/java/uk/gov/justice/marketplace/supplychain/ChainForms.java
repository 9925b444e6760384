package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.FormAnswers;

/** The forms the supply-chain pages post, as typed; each turns into its command or says what it could not read. */
final class ChainForms {

    private ChainForms() {}

    @Serdeable
    record NewChainForm(
            @Nullable String name,
            @Nullable String area,
            @Nullable String purpose,
            @Nullable String contractValue,
            @Nullable String csrfToken)
            implements CsrfForm {

        SupplyChains.NewChain command() {
            FormAnswers read = new FormAnswers();
            return read.answers(new SupplyChains.NewChain(
                    name,
                    area,
                    read.choice("purpose", purpose, SupplyChain.Purpose.class),
                    read.pounds("contractValue", contractValue)));
        }
    }

    @Serdeable
    record InviteForm(@Nullable String partnerId, @Nullable String message, @Nullable String csrfToken)
            implements CsrfForm {}

    @Serdeable
    record LanguageForm(@Nullable String language, @Nullable String csrfToken) implements CsrfForm {}

    /** A signature: the hash of the document the signatory was shown. */
    @Serdeable
    record SignForm(@Nullable String documentSha256, @Nullable String csrfToken) implements CsrfForm {}

    @Serdeable
    record ReasonForm(@Nullable String reason, @Nullable String csrfToken) implements CsrfForm {}

    @Serdeable
    record TermsForm(
            @Nullable List<String> specialities,
            @Nullable List<String> cohorts,
            @Nullable String area,
            @Nullable String annualVolume,
            @Nullable String annualValue,
            @Nullable String paymentTermsDays,
            @Nullable String riskTransferPercent,
            @Nullable String startDay,
            @Nullable String startMonth,
            @Nullable String startYear,
            @Nullable String endDay,
            @Nullable String endMonth,
            @Nullable String endYear,
            @Nullable String csrfToken)
            implements CsrfForm {

        static TermsForm of(@Nullable PartnerTerms t) {
            if (t == null) {
                return new TermsForm(
                        List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null, null);
            }
            return new TermsForm(
                    t.specialities(),
                    t.cohorts(),
                    t.areas().isEmpty() ? null : t.areas().get(0),
                    String.valueOf(t.annualVolume()),
                    t.annualValue().amount().toPlainString(),
                    String.valueOf(t.paymentTermsDays()),
                    t.riskTransferPercent().toPlainString(),
                    day(t.start()),
                    month(t.start()),
                    year(t.start()),
                    day(t.end()),
                    month(t.end()),
                    year(t.end()),
                    null);
        }

        PartnerTerms terms() {
            FormAnswers read = new FormAnswers();
            Integer volume = read.whole("annualVolume", annualVolume);
            Integer days = read.whole("paymentTermsDays", paymentTermsDays);
            BigDecimal risk = read.decimal("riskTransferPercent", riskTransferPercent);
            LocalDate start = read.date("start", startDay, startMonth, startYear);
            LocalDate end = read.date("end", endDay, endMonth, endYear);
            return read.answers(new PartnerTerms(
                    specialities,
                    cohorts,
                    area == null || area.isBlank() ? List.of() : List.of(area),
                    volume,
                    read.pounds("annualValue", annualValue),
                    days,
                    risk,
                    start,
                    end));
        }

        private static String day(LocalDate date) {
            return String.valueOf(date.getDayOfMonth());
        }

        private static String month(LocalDate date) {
            return String.valueOf(date.getMonthValue());
        }

        private static String year(LocalDate date) {
            return String.valueOf(date.getYear());
        }
    }
}
