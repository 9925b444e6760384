package uk.gov.justice.marketplace.ratecard;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.search.RateCardKind;

/** What a rate-card field's value is called, in English or Welsh, from the reference data or the message bundles. */
@Singleton
class RateCardSearchLabels {

    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Texts texts;

    RateCardSearchLabels(Areas areas, Specialities specialities, Cohorts cohorts, Texts texts) {
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.texts = texts;
    }

    String of(String field, String value, Locale locale) {
        return switch (field) {
            case RateCardKind.SPECIALITY ->
                specialities.find(value).map(t -> t.label().in(locale)).orElse(value);
            case RateCardKind.COHORT ->
                cohorts.find(value).map(t -> t.label().in(locale)).orElse(value);
            case RateCardKind.AREA ->
                areas.find(value).map(a -> a.name().in(locale)).orElse(value);
            case RateCardKind.UNIT, RateCardKind.VAT, RateCardKind.CAPACITY_PERIOD ->
                word("ratecard.search." + field + "." + value, locale);
            default -> word("true".equals(value) ? "answer.yes" : "answer.no", locale);
        };
    }

    /** Pence as pounds and pence with the pound sign, e.g. £1,250.00. */
    static String pounds(long pence) {
        return "£%,.2f".formatted(BigDecimal.valueOf(pence, 2));
    }

    String word(String key, Locale locale) {
        return texts.text(key, locale, Map.of());
    }
}
