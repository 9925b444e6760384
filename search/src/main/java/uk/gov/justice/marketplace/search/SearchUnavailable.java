package uk.gov.justice.marketplace.search;

/** The search engine could not be reached or refused the request; the caller may retry later. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        super("The search engine is unavailable: " + cause.getMessage(), cause);
    }
}
