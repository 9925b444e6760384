package uk.gov.justice.marketplace.common;

/** A request named a thing (an area, an organisation, a user) that does not exist. */
public class NotFound extends InvalidInput {
    public NotFound(String field, String message) {
        super(field, message);
    }
}
