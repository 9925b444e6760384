package uk.gov.justice.marketplace.eoi;

/**
 * The parts of the form, in the order a provider fills them in: the UK Standard Selection Questionnaire's three
 * parts, then the probation-specific ones. The field prefix names each answer's field (organisation.legalName).
 */
public enum EoiPart {
    ORGANISATION("organisation"),
    EXCLUSIONS("exclusions"),
    SELECTION("selection"),
    SERVICES("services"),
    COVERAGE("coverage"),
    EVIDENCE("evidence");

    private final String field;

    EoiPart(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
