package uk.gov.justice.marketplace.concern;

import uk.gov.justice.marketplace.audit.AuditEvent;

/**
 * How each concern event reads in the audit trail. The steward's notes and the partner's details stay out of it:
 * the trail names what moved, and the concern itself holds the words.
 */
final class ConcernAudit {

    private ConcernAudit() {}

    static AuditEvent of(ConcernEvent event) {
        if (event instanceof ConcernEvent.ConcernRaised raised) {
            return AuditEvent.of(
                    "concern.raised",
                    "concern",
                    event.concernId(),
                    raised.category().name());
        }
        if (event instanceof ConcernEvent.EvidenceAdded added) {
            return AuditEvent.of(
                    "concern.evidence-added",
                    "concern",
                    event.concernId(),
                    added.fileName() + " sha256 " + added.sha256());
        }
        if (event instanceof ConcernEvent.ActionRecorded) {
            return AuditEvent.of("concern.action-recorded", "concern", event.concernId(), "UNDER_REVIEW");
        }
        if (event instanceof ConcernEvent.PutToLead) {
            return AuditEvent.of("concern.put-to-lead", "concern", event.concernId(), "PUT_TO_LEAD");
        }
        return AuditEvent.of("concern.closed", "concern", event.concernId(), "CLOSED");
    }
}
