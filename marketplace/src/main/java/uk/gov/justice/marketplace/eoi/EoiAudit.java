package uk.gov.justice.marketplace.eoi;

import uk.gov.justice.marketplace.audit.AuditEvent;

/** How each EoI event reads in the audit trail. */
final class EoiAudit {

    private EoiAudit() {}

    static AuditEvent of(EoiEvent event) {
        String subject = event.eoiId() + " v" + event.version();
        if (event instanceof EoiEvent.PartSaved saved) {
            return AuditEvent.of("eoi.part-saved", "eoi", subject, saved.part().field());
        }
        if (event instanceof EoiEvent.UpdateStarted) {
            return AuditEvent.of("eoi.update-started", "eoi", subject, "new draft from the approved version");
        }
        if (event instanceof EoiEvent.EoiSubmitted) {
            return AuditEvent.of("eoi.submitted", "eoi", subject, "SUBMITTED").was("DRAFT");
        }
        if (event instanceof EoiEvent.ChangesRequested asked) {
            return AuditEvent.of(
                            "eoi.changes-requested",
                            "eoi",
                            subject,
                            "CHANGES_REQUESTED: " + asked.decision().partComments())
                    .was("SUBMITTED")
                    .because(asked.decision().reason());
        }
        if (event instanceof EoiEvent.EoiApproved approved) {
            return AuditEvent.of("eoi.approved", "eoi", subject, "APPROVED (published)")
                    .was("SUBMITTED")
                    .because(approved.decision().reason());
        }
        if (event instanceof EoiEvent.EoiRejected rejected) {
            return AuditEvent.of("eoi.rejected", "eoi", subject, "REJECTED")
                    .was("SUBMITTED")
                    .because(rejected.decision().reason());
        }
        return AuditEvent.of("eoi.withdrawn", "eoi", subject, "WITHDRAWN");
    }
}
