package uk.gov.justice.marketplace.search;

/** Everything a search can be narrowed by, each counted over the results. */
public enum Facet {
    SPECIALITY("specialities"),
    COHORT("cohorts"),
    AREA("areas"),
    LEGAL_FORM("legal_form"),
    SIZE_BAND("size_band"),
    WELSH_LANGUAGE_SERVICE("welsh"),
    OUTCOME_EVIDENCE("outcome_evidence"),
    JUSTICE_DATA_LAB("jdl"),
    RISK_APPETITE("risk_appetite");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    /** The keyword field both engines index it under. */
    public String field() {
        return field;
    }
}
