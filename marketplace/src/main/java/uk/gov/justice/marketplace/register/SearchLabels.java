package uk.gov.justice.marketplace.register;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.search.Facet;

/** What a facet value is called, in English or Welsh, from the reference data or the message bundles. */
@Singleton
class SearchLabels {

    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Texts texts;

    SearchLabels(Areas areas, Specialities specialities, Cohorts cohorts, Texts texts) {
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.texts = texts;
    }

    String of(Facet facet, String value, Locale locale) {
        return switch (facet) {
            case SPECIALITY ->
                specialities.find(value).map(t -> t.label().in(locale)).orElse(value);
            case COHORT -> cohorts.find(value).map(t -> t.label().in(locale)).orElse(value);
            case AREA -> areas.find(value).map(a -> a.name().in(locale)).orElse(value);
            case LEGAL_FORM -> word("legalForm." + value, locale);
            case SIZE_BAND -> word("incomeBand." + value, locale);
            case RISK_APPETITE -> word("riskAppetite." + value, locale);
            case WELSH_LANGUAGE_SERVICE, OUTCOME_EVIDENCE, JUSTICE_DATA_LAB ->
                word("true".equals(value) ? "answer.yes" : "answer.no", locale);
        };
    }

    /** The facet's request parameter: what the search page's checkboxes post. */
    static String parameter(Facet facet) {
        return PARAMETERS.get(facet);
    }

    private static final Map<Facet, String> PARAMETERS = Map.of(
            Facet.SPECIALITY,
            "speciality",
            Facet.COHORT,
            "cohort",
            Facet.AREA,
            "area",
            Facet.LEGAL_FORM,
            "legalForm",
            Facet.SIZE_BAND,
            "sizeBand",
            Facet.WELSH_LANGUAGE_SERVICE,
            "welsh",
            Facet.OUTCOME_EVIDENCE,
            "outcomeEvidence",
            Facet.JUSTICE_DATA_LAB,
            "jdl",
            Facet.RISK_APPETITE,
            "riskAppetite");

    private String word(String key, Locale locale) {
        return texts.text(key, locale, Map.of());
    }
}
