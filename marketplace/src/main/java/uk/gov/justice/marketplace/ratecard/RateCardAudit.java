package uk.gov.justice.marketplace.ratecard;

import uk.gov.justice.marketplace.audit.AuditEvent;

/**
 * How each rate-card decision reads in the audit trail: what moved, and for a price the amount, VAT and the day it
 * applies from. A provider's or steward's own words go with the entry as its reason.
 */
final class RateCardAudit {

    private static final String SERVICE = "rate-card-service";

    private RateCardAudit() {}

    static AuditEvent of(RateCardEvent event) {
        AuditEvent entry = entry(event);
        return event.cause().reason() == null
                ? entry
                : entry.because(event.cause().reason());
    }

    private static AuditEvent entry(RateCardEvent event) {
        if (event instanceof RateCardEvent.ServiceDrafted drafted) {
            return AuditEvent.of("ratecard.service-drafted", SERVICE, drafted.serviceId(), "DRAFT");
        }
        if (event instanceof RateCardEvent.ServiceChanged changed) {
            return AuditEvent.of("ratecard.service-changed", SERVICE, changed.serviceId(), "details");
        }
        if (event instanceof RateCardEvent.PriceSet price) {
            return AuditEvent.of(
                    "ratecard.price-set",
                    SERVICE,
                    price.serviceId(),
                    "version " + price.version() + ": "
                            + price.unitPrice().amount().toPlainString() + " "
                            + price.unitPrice().currency() + " " + price.vat() + " from " + price.effectiveFrom());
        }
        if (event instanceof RateCardEvent.ServicePublished published) {
            return AuditEvent.of("ratecard.service-published", SERVICE, published.serviceId(), "PUBLISHED");
        }
        if (event instanceof RateCardEvent.ServiceWithdrawn withdrawn) {
            return AuditEvent.of("ratecard.service-withdrawn", SERVICE, withdrawn.serviceId(), "WITHDRAWN");
        }
        RateCardEvent.GuidePriceSet guide = (RateCardEvent.GuidePriceSet) event;
        return AuditEvent.of(
                "ratecard.guide-price-set",
                "rate-card-guide-price",
                guide.speciality() + "/" + guide.unit(),
                "version " + guide.version() + ": " + guide.amount().amount().toPlainString() + " "
                        + guide.amount().currency());
    }
}
