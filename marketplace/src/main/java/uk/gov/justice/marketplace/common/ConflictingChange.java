package uk.gov.justice.marketplace.common;

/** Someone else changed the thing first (optimistic locking): the user must reload and decide again. */
public class ConflictingChange extends Refusal {
    public ConflictingChange(String message) {
        super(message);
    }
}
