package uk.gov.justice.marketplace.search;

import java.util.List;
import java.util.Map;

/** The index's field names and the text fields' weights, shared by both engines so they build the same index. */
final class Fields {

    static final String ID = "id";
    static final String NAME = "name";
    static final String NAME_SORT = "name_sort";
    static final String UPDATED_AT = "updated_at";
    static final String CAPACITY = "capacity.";

    /** Searchable text: the stemmed field, the original it came from, and how much a match in it counts. */
    record TextField(String indexed, String original, float boost) {
    }

    static final List<TextField> TEXT = List.of(
            new TextField("t_name", "name", 3.0f),
            new TextField("t_description", "description", 1.5f),
            new TextField("t_case_studies", "case_studies", 1.0f),
            new TextField("t_outcomes", "outcome_figures", 1.0f),
            new TextField("t_evidence", "evidence_text", 0.5f));

    private Fields() {
    }

    /** The original texts of a provider by field, as stored for snippets. */
    static Map<String, String> originals(ProviderDocument p) {
        return Map.of("name", p.name(), "description", p.description(), "case_studies", p.caseStudies(),
                "outcome_figures", p.outcomeFigures(), "evidence_text", p.evidenceText());
    }

    /** Keyword values by facet field, booleans as "true" and "false". */
    static Map<Facet, List<String>> keywords(ProviderDocument p) {
        return Map.of(Facet.SPECIALITY, p.specialities(), Facet.COHORT, p.cohorts(), Facet.AREA, p.areas(),
                Facet.LEGAL_FORM, List.of(p.legalForm()), Facet.SIZE_BAND, List.of(p.sizeBand()),
                Facet.WELSH_LANGUAGE_SERVICE, List.of(String.valueOf(p.welshLanguageService())),
                Facet.OUTCOME_EVIDENCE, List.of(String.valueOf(p.outcomeEvidence())),
                Facet.JUSTICE_DATA_LAB, List.of(String.valueOf(p.justiceDataLabResult())),
                Facet.RISK_APPETITE, List.of(p.riskAppetite()));
    }
}
