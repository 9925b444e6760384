package uk.gov.justice.marketplace.eoi;

/** How far a part is filled in, as a GOV.UK task list shows it. */
public enum PartProgress {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
