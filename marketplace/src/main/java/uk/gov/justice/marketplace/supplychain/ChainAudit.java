package uk.gov.justice.marketplace.supplychain;

import uk.gov.justice.marketplace.audit.AuditEvent;

/** The one place a chain's events become audit entries: the action each is audited as, and what it records. */
final class ChainAudit {

    private ChainAudit() {
    }

    static AuditEvent entry(SupplyChain chain, ChainEvent event) {
        if (event instanceof ChainEvent.ChainStarted started) {
            return of("supply-chain.created", chain, started.name() + " in " + chain.area());
        }
        if (event instanceof ChainEvent.PartnerInvited invited) {
            return of("supply-chain.partner-invited", chain, invited.partnerName());
        }
        if (event instanceof ChainEvent.InvitationAccepted) {
            return of("supply-chain.invitation-accepted", chain, null);
        }
        if (event instanceof ChainEvent.InvitationDeclined declined) {
            return of("supply-chain.invitation-declined", chain, declined.reason());
        }
        if (event instanceof ChainEvent.TermsRecorded recorded) {
            return of("supply-chain.terms-recorded", chain, recorded.summary());
        }
        ChainEvent.PartnerLeft left = (ChainEvent.PartnerLeft) event;
        return of("supply-chain.partner-left", chain, left.reason());
    }

    private static AuditEvent of(String action, SupplyChain chain, String detail) {
        return AuditEvent.of(action, "supply-chain", chain.id(), detail);
    }
}
