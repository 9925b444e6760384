package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Transitions;
import uk.gov.justice.marketplace.ratecard.OfferTerms;
import uk.gov.justice.marketplace.ratecard.Period;

/**
 * An order of a rate-card service: units at the unit price in force the day it was placed (kept in {@code terms},
 * whatever the price later becomes), for one capacity period and an area, charged to a budget. Immutable: every
 * command answers the next state and what happened; the moves are {@link Status#MOVES}. Delivered units are the sum
 * of its delivery steps; invoiced units those of its invoices not disputed.
 */
public record Order(
        UUID id,
        UUID commissionerId,
        String commissionerName,
        UUID placedBy,
        String placedByEmail,
        UUID budgetId,
        OfferTerms terms,
        String area,
        Period period,
        int units,
        Money amount,
        Status status,
        Instant placedAt,
        List<Invoice> invoices,
        List<Step> history) {

    public enum Status {
        AWAITING_APPROVAL,
        SENT_TO_PROVIDER,
        ACCEPTED,
        DECLINED,
        IN_DELIVERY,
        CANCELLED;

        /**
         * The one table of moves, pinned by OrderStatusTest. An order above the approval threshold waits for a
         * second person; the provider accepts (capacity reserved) or declines; delivery and invoices follow; the
         * commissioner may cancel until everything is over, and an invoice raised before a cancellation is still
         * settled.
         */
        static final Transitions<Status, OrderEvent> MOVES = Transitions.<Status, OrderEvent>refusing(
                        "order.error.move")
                .refusing(OrderEvent.OrderApproved.class, "order.error.approval.notAwaiting")
                .refusing(OrderEvent.OrderAccepted.class, "order.error.notSentToYou")
                .refusing(OrderEvent.OrderDeclined.class, "order.error.notSentToYou")
                .refusing(OrderEvent.DeliveryRecorded.class, "order.error.notAccepted")
                .refusing(OrderEvent.InvoiceRaised.class, "order.error.invoice.nothingDelivered")
                .refusing(OrderEvent.OrderCancelled.class, "order.error.cancel.over")
                .allow(AWAITING_APPROVAL, OrderEvent.OrderApproved.class, SENT_TO_PROVIDER)
                .allow(AWAITING_APPROVAL, OrderEvent.OrderCancelled.class, CANCELLED)
                .allow(SENT_TO_PROVIDER, OrderEvent.OrderAccepted.class, ACCEPTED)
                .allow(SENT_TO_PROVIDER, OrderEvent.OrderDeclined.class, DECLINED)
                .allow(SENT_TO_PROVIDER, OrderEvent.OrderCancelled.class, CANCELLED)
                .allow(ACCEPTED, OrderEvent.DeliveryRecorded.class, IN_DELIVERY)
                .allow(ACCEPTED, OrderEvent.OrderCancelled.class, CANCELLED)
                .allow(IN_DELIVERY, OrderEvent.DeliveryRecorded.class, IN_DELIVERY)
                .allow(IN_DELIVERY, OrderEvent.InvoiceRaised.class, IN_DELIVERY)
                .allow(IN_DELIVERY, OrderEvent.InvoiceConfirmed.class, IN_DELIVERY)
                .allow(IN_DELIVERY, OrderEvent.InvoiceDisputed.class, IN_DELIVERY)
                .allow(IN_DELIVERY, OrderEvent.OrderCancelled.class, CANCELLED)
                .allow(CANCELLED, OrderEvent.InvoiceConfirmed.class, CANCELLED)
                .allow(CANCELLED, OrderEvent.InvoiceDisputed.class, CANCELLED)
                .build();

        /** Whether the order no longer commits its whole amount (only what was confirmed stays spent). */
        public boolean isOver() {
            return this == DECLINED || this == CANCELLED;
        }
    }

    public enum InvoiceStatus {
        RAISED,
        CONFIRMED,
        DISPUTED
    }

    /** An invoice against the order; {@code settled} is the commissioner's confirmation or dispute, if any. */
    public record Invoice(
            UUID id, int units, Money amount, InvoiceStatus status, Cause raised, @Nullable Cause settled) {}

    /** One line of the order's history: the event's simple name, its cause and the units it concerned (or 0). */
    public record Step(String event, Cause cause, int units) {}

    /** The next state and the event that led to it. */
    public record Change(Order order, OrderEvent event) {}

    static final int LONGEST_REASON = 2000;

    public Order {
        invoices = List.copyOf(invoices);
        history = List.copyOf(history);
    }

    /**
     * A new order on the terms given, once {@link OrderRules#PLACING} let it through: sent straight to the provider,
     * or waiting for a second approval when its amount is above the threshold.
     */
    static Change place(
            UUID commissionerId,
            String commissionerName,
            UUID placedBy,
            String placedByEmail,
            UUID budgetId,
            OfferTerms terms,
            String area,
            Period period,
            int units,
            boolean needsApproval,
            Instant at) {
        Money amount = priceOf(terms, units);
        UUID id = UUID.randomUUID();
        OrderEvent.OrderPlaced placed = new OrderEvent.OrderPlaced(
                id, Cause.by(placedByEmail, at).withoutReason(), units, amount, needsApproval);
        Order order = new Order(
                id,
                commissionerId,
                commissionerName,
                placedBy,
                placedByEmail,
                budgetId,
                terms,
                area,
                period,
                units,
                amount,
                needsApproval ? Status.AWAITING_APPROVAL : Status.SENT_TO_PROVIDER,
                at,
                List.of(),
                List.of(step(placed)));
        return new Change(order, placed);
    }

    static Money priceOf(OfferTerms terms, int units) {
        return terms.unitPrice().times(BigDecimal.valueOf(units));
    }

    Change approve(String approver, Instant at) {
        return next(new OrderEvent.OrderApproved(id, Cause.by(approver, at).withoutReason()), invoices);
    }

    Change accept(String provider, Instant at) {
        return next(new OrderEvent.OrderAccepted(id, Cause.by(provider, at).withoutReason(), units), invoices);
    }

    Change decline(String provider, String reason, Instant at) {
        return next(
                new OrderEvent.OrderDeclined(id, Cause.by(provider, at).because(reason("reason", reason))), invoices);
    }

    Change recordDelivery(String provider, int delivered, Instant at) {
        Status.MOVES.next(status, OrderEvent.DeliveryRecorded.class);
        OrderRules.DELIVERY.require(new OrderRules.Delivering(delivered, units, delivered()));
        return next(new OrderEvent.DeliveryRecorded(id, Cause.by(provider, at).withoutReason(), delivered), invoices);
    }

    Change raiseInvoice(String provider, int invoiced, Instant at) {
        Status.MOVES.next(status, OrderEvent.InvoiceRaised.class);
        OrderRules.INVOICING.require(new OrderRules.Invoicing(invoiced, units, invoiced()));
        Cause cause = Cause.by(provider, at).withoutReason();
        Invoice invoice =
                new Invoice(UUID.randomUUID(), invoiced, priceOf(terms, invoiced), InvoiceStatus.RAISED, cause, null);
        List<Invoice> all = new ArrayList<>(invoices);
        all.add(invoice);
        return next(new OrderEvent.InvoiceRaised(id, cause, invoice.id(), invoiced, invoice.amount()), all);
    }

    Change confirm(UUID invoiceId, String commissioner, Instant at) {
        Invoice raised = raisedInvoice(invoiceId);
        Cause cause = Cause.by(commissioner, at).withoutReason();
        return next(
                new OrderEvent.InvoiceConfirmed(id, cause, invoiceId, raised.units(), raised.amount()),
                settled(raised, InvoiceStatus.CONFIRMED, cause));
    }

    Change dispute(UUID invoiceId, String commissioner, String reason, Instant at) {
        Invoice raised = raisedInvoice(invoiceId);
        Cause cause = Cause.by(commissioner, at).because(reason("reason", reason));
        return next(
                new OrderEvent.InvoiceDisputed(id, cause, invoiceId, raised.units()),
                settled(raised, InvoiceStatus.DISPUTED, cause));
    }

    /** Gives back to the service's capacity what was reserved and not yet delivered. */
    Change cancel(String commissioner, String reason, Instant at) {
        Cause cause = Cause.by(commissioner, at).because(reason("reason", reason));
        return next(new OrderEvent.OrderCancelled(id, cause, reservedUndelivered()), invoices);
    }

    /** Units reserved against the service's capacity and not yet delivered. */
    int reservedUndelivered() {
        return status == Status.ACCEPTED || status == Status.IN_DELIVERY ? units - delivered() : 0;
    }

    public int delivered() {
        return history.stream()
                .filter(s -> s.event().equals(OrderEvent.DeliveryRecorded.class.getSimpleName()))
                .mapToInt(Step::units)
                .sum();
    }

    /** Units on invoices raised or confirmed: a disputed invoice's units may be invoiced again. */
    public int invoiced() {
        return invoices.stream()
                .filter(i -> i.status() != InvoiceStatus.DISPUTED)
                .mapToInt(Invoice::units)
                .sum();
    }

    /** Spend: what the commissioner confirmed. */
    public Money spent() {
        return Money.sum(
                invoices.stream()
                        .filter(i -> i.status() == InvoiceStatus.CONFIRMED)
                        .map(Invoice::amount)
                        .toList(),
                amount.currency());
    }

    public int unitsLeftToDeliver() {
        return status.isOver() ? 0 : units - delivered();
    }

    /** What the order holds against its budget: everything while it runs, only what was spent once it is over. */
    public Money committed() {
        return status.isOver() ? spent() : amount;
    }

    public boolean needsApproval() {
        return status == Status.AWAITING_APPROVAL;
    }

    private Invoice raisedInvoice(UUID invoiceId) {
        Invoice invoice = invoices.stream()
                .filter(i -> i.id().equals(invoiceId))
                .findFirst()
                .orElseThrow(() -> new NotFound("invoice", "order.error.invoice.none"));
        if (invoice.status() != InvoiceStatus.RAISED) {
            throw new ConflictingChange("order.error.invoice.settled");
        }
        return invoice;
    }

    private List<Invoice> settled(Invoice raised, InvoiceStatus to, Cause cause) {
        return invoices.stream()
                .map(i -> i.id().equals(raised.id())
                        ? new Invoice(i.id(), i.units(), i.amount(), to, i.raised(), cause)
                        : i)
                .toList();
    }

    private Change next(OrderEvent event, List<Invoice> nextInvoices) {
        Status to = Status.MOVES.next(status, event.getClass());
        List<Step> steps = new ArrayList<>(history);
        steps.add(step(event));
        return new Change(
                new Order(
                        id,
                        commissionerId,
                        commissionerName,
                        placedBy,
                        placedByEmail,
                        budgetId,
                        terms,
                        area,
                        period,
                        units,
                        amount,
                        to,
                        placedAt,
                        nextInvoices,
                        steps),
                event);
    }

    private static Step step(OrderEvent event) {
        return new Step(event.getClass().getSimpleName(), event.cause(), event.units());
    }

    static String reason(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "order.error.reason.missing");
        }
        if (value.length() > LONGEST_REASON) {
            throw new InvalidInput(field, "order.error.reason.tooLong");
        }
        return value.trim();
    }
}
