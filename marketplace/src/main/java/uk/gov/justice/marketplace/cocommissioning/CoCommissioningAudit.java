package uk.gov.justice.marketplace.cocommissioning;

import uk.gov.justice.marketplace.audit.AuditEvent;

/**
 * How each agreement event reads in the audit trail: which version moved and to what. The agreement itself holds
 * the figures; a variation's reason goes with its entry.
 */
final class CoCommissioningAudit {

    private static final String SUBJECT = "co-commissioning-agreement";

    private CoCommissioningAudit() {}

    static AuditEvent of(AgreementEvent event) {
        String version = "version " + event.version();
        if (event instanceof AgreementEvent.AgreementDrafted) {
            return entry("cocommissioning.drafted", event, version + " PROPOSED");
        }
        if (event instanceof AgreementEvent.VariationProposed) {
            return entry("cocommissioning.variation-proposed", event, version + " PROPOSED")
                    .because(event.cause().reason());
        }
        if (event instanceof AgreementEvent.VersionSigned signed) {
            return entry("cocommissioning.signed", event, version + " signed for " + signed.funderId());
        }
        if (event instanceof AgreementEvent.VersionTookEffect effect) {
            return entry("cocommissioning.took-effect", event, version + " IN_FORCE from " + effect.on());
        }
        return entry("cocommissioning.superseded", event, version + " SUPERSEDED");
    }

    private static AuditEvent entry(String action, AgreementEvent event, String after) {
        return AuditEvent.of(action, SUBJECT, event.agreementId(), after);
    }
}
