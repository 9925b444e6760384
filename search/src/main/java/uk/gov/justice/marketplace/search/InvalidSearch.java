package uk.gov.justice.marketplace.search;

/** A query that cannot be run as asked; names the field so the caller can say which. */
public class InvalidSearch extends IllegalArgumentException {

    private final String field;

    public InvalidSearch(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
