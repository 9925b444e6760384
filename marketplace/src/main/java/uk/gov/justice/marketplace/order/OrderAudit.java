package uk.gov.justice.marketplace.order;

import java.util.Locale;
import java.util.Optional;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.common.Money;

/**
 * How each order event and budget setting reads in the audit trail: what moved, the units and the amount. The
 * reasons people give (a decline, a dispute, a cancellation) go with the entry's why.
 */
final class OrderAudit {

    private OrderAudit() {}

    static AuditEvent of(OrderEvent event) {
        AuditEvent entry = AuditEvent.of(action(event), "order", event.orderId(), after(event));
        String why = event.cause().reason();
        return why == null ? entry : entry.because(why);
    }

    private static String action(OrderEvent event) {
        String name = event.getClass().getSimpleName().replaceFirst("^Order", "");
        return "order." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String after(OrderEvent event) {
        if (event instanceof OrderEvent.OrderPlaced placed) {
            return placed.units() + " units, " + money(placed.amount())
                    + (placed.needsApproval() ? ", AWAITING_APPROVAL" : ", SENT_TO_PROVIDER");
        }
        if (event instanceof OrderEvent.OrderApproved) {
            return "SENT_TO_PROVIDER";
        }
        if (event instanceof OrderEvent.OrderAccepted) {
            return "ACCEPTED, " + event.units() + " units reserved";
        }
        if (event instanceof OrderEvent.OrderDeclined) {
            return "DECLINED";
        }
        if (event instanceof OrderEvent.DeliveryRecorded) {
            return event.units() + " units delivered";
        }
        if (event instanceof OrderEvent.InvoiceRaised raised) {
            return "invoice " + raised.invoiceId() + " RAISED, " + raised.units() + " units, " + money(raised.amount());
        }
        if (event instanceof OrderEvent.InvoiceConfirmed confirmed) {
            return "invoice " + confirmed.invoiceId() + " CONFIRMED, " + money(confirmed.amount()) + " spent";
        }
        if (event instanceof OrderEvent.InvoiceDisputed disputed) {
            return "invoice " + disputed.invoiceId() + " DISPUTED";
        }
        return "CANCELLED, " + event.units() + " units released";
    }

    private static String money(Money amount) {
        return amount.amount().toPlainString() + " " + amount.currency();
    }

    static AuditEvent of(Budget budget, Optional<Budget> earlier) {
        AuditEvent entry = AuditEvent.of(
                budget.isPool() ? "budget.pool-set" : "budget.set",
                "budget",
                budget.id(),
                budget.year() + " " + money(budget.amount()));
        return earlier.map(b -> entry.was(b.year() + " " + money(b.amount()))).orElse(entry);
    }
}
