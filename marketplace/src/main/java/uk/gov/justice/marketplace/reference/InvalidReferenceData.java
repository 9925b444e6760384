package uk.gov.justice.marketplace.reference;

/** A reference data file that does not hold together; the service refuses to start with it. */
public class InvalidReferenceData extends RuntimeException {
    InvalidReferenceData(String file, String problem) {
        super("Reference data file " + file + ": " + problem);
    }
}
