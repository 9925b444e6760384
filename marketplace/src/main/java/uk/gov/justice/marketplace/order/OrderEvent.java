package uk.gov.justice.marketplace.order;

import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.Money;

/**
 * What happened to an order, in the past tense, with who did it, when and (for a decline, dispute or cancellation)
 * why; each becomes an audit entry (OrderAudit) and a line of the order's history.
 */
public sealed interface OrderEvent {

    UUID orderId();

    Cause cause();

    /** Units the event concerns (ordered, delivered, invoiced, released), or 0. */
    default int units() {
        return 0;
    }

    record OrderPlaced(UUID orderId, Cause cause, int units, Money amount, boolean needsApproval)
            implements OrderEvent {}

    record OrderApproved(UUID orderId, Cause cause) implements OrderEvent {}

    record OrderAccepted(UUID orderId, Cause cause, int units) implements OrderEvent {}

    record OrderDeclined(UUID orderId, Cause cause) implements OrderEvent {}

    record DeliveryRecorded(UUID orderId, Cause cause, int units) implements OrderEvent {}

    record InvoiceRaised(UUID orderId, Cause cause, UUID invoiceId, int units, Money amount) implements OrderEvent {}

    record InvoiceConfirmed(UUID orderId, Cause cause, UUID invoiceId, int units, Money amount) implements OrderEvent {}

    record InvoiceDisputed(UUID orderId, Cause cause, UUID invoiceId, int units) implements OrderEvent {}

    /** {@code units}: the reserved units given back to the service's capacity (none if never accepted). */
    record OrderCancelled(UUID orderId, Cause cause, int units) implements OrderEvent {}
}
