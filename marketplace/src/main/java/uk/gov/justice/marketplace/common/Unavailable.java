package uk.gov.justice.marketplace.common;

/** Something the request needs is down for now (the search engine); nothing was changed, try again shortly. */
public class Unavailable extends Refusal {
    public Unavailable(String message) {
        super(message);
    }
}
