package uk.gov.justice.marketplace.common;

import java.util.List;

/**
 * A request named something that does not fit the rules. Carries the field at fault so the API can answer with
 * problem+json naming it and the portal can link its error summary to the field.
 */
public class InvalidInput extends Refusal {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public List<InvalidInput> fields() {
        return List.of(this);
    }
}
