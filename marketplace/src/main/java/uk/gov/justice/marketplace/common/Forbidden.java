package uk.gov.justice.marketplace.common;

/** The signed-in user may not do this, for example act for another organisation. */
public class Forbidden extends Refusal {
    public Forbidden(String message) {
        super(message);
    }
}
