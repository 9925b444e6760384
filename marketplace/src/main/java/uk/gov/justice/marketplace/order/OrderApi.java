package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.Unit;

/**
 * Orders over JSON: commissioners place, approve, confirm or dispute invoices and cancel; providers accept or
 * decline, record delivery and invoice. Every answer is the order as it now stands, in records of this API's own.
 */
@ProblemAnswers.NeedsToken
@Controller("/api/orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Orders")
class OrderApi {

    private final Orders orders;

    OrderApi(Orders orders) {
        this.orders = orders;
    }

    @Serdeable
    record PlaceRequest(
            @Nullable UUID serviceId,
            @Nullable @Schema(description = "An area code the service serves (any layer)") String area,
            @Nullable @Schema(description = "Any day of the capacity period (2026-07-01), or its month (2026-07)")
                    String period,
            @Nullable Integer units,
            @Nullable UUID budgetId) {}

    @Serdeable
    record ReasonRequest(@Nullable @Schema(maxLength = Order.LONGEST_REASON) String reason) {}

    @Serdeable
    record UnitsRequest(@Nullable Integer units) {}

    @Serdeable
    @Schema(name = "Order")
    record OrderAnswer(
            UUID id,
            Order.Status status,
            UUID commissionerId,
            String commissionerName,
            UUID serviceId,
            String titleEn,
            String titleCy,
            UUID providerId,
            String providerName,
            Unit unit,
            Money unitPrice,
            VatTreatment vat,
            LocalDate priceEffectiveFrom,
            String area,
            String servedArea,
            CapacityPeriod periodKind,
            LocalDate periodStart,
            int units,
            Money amount,
            int delivered,
            int invoiced,
            int unitsLeftToDeliver,
            Money spent,
            UUID budgetId,
            Instant placedAt,
            List<InvoiceAnswer> invoices,
            List<StepAnswer> history) {

        static OrderAnswer of(Order o) {
            return new OrderAnswer(
                    o.id(),
                    o.status(),
                    o.commissionerId(),
                    o.commissionerName(),
                    o.terms().serviceId(),
                    o.terms().titleEn(),
                    o.terms().titleCy(),
                    o.terms().providerId(),
                    o.terms().providerName(),
                    o.terms().unit(),
                    o.terms().unitPrice(),
                    o.terms().vat(),
                    o.terms().priceEffectiveFrom(),
                    o.area(),
                    o.terms().servedArea(),
                    o.period().kind(),
                    o.period().start(),
                    o.units(),
                    o.amount(),
                    o.delivered(),
                    o.invoiced(),
                    o.unitsLeftToDeliver(),
                    o.spent(),
                    o.budgetId(),
                    o.placedAt(),
                    o.invoices().stream().map(InvoiceAnswer::of).toList(),
                    o.history().stream().map(StepAnswer::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "OrderInvoice")
    record InvoiceAnswer(
            UUID id,
            int units,
            Money amount,
            Order.InvoiceStatus status,
            Instant raisedAt,
            @Nullable Instant settledAt,
            @Nullable String reason) {

        static InvoiceAnswer of(Order.Invoice i) {
            return new InvoiceAnswer(
                    i.id(),
                    i.units(),
                    i.amount(),
                    i.status(),
                    i.raised().at(),
                    i.settled() == null ? null : i.settled().at(),
                    i.settled() == null ? null : i.settled().reason());
        }
    }

    @Serdeable
    @Schema(name = "OrderStep")
    record StepAnswer(String event, String by, Instant at, @Nullable String reason, int units) {

        static StepAnswer of(Order.Step s) {
            return new StepAnswer(
                    s.event(), s.cause().actor(), s.cause().at(), s.cause().reason(), s.units());
        }
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Order a published rate-card service at the price in force today, for one capacity period and "
                    + "an area, charged to one of your budgets (commissioners); above the approval threshold it waits "
                    + "for a colleague with the APPROVER role")
    OrderAnswer place(@SignedIn Viewer commissioner, @Body PlaceRequest request) {
        return OrderAnswer.of(orders.place(
                commissioner,
                new Orders.Placement(
                        request.serviceId(), request.area(), request.period(), request.units(), request.budgetId())));
    }

    @Get
    @Operation(summary = "Your organisation's orders: those it placed (commissioners) or was sent (providers)")
    List<OrderAnswer> list(@SignedIn Viewer viewer) {
        return orders.of(viewer).stream().map(OrderAnswer::of).toList();
    }

    @ProblemAnswers.FindsByName
    @Get("/{id}")
    @Operation(summary = "One order, with its invoices and history (its commissioner or provider)")
    OrderAnswer get(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return OrderAnswer.of(orders.get(viewer, id));
    }

    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/approval")
    @Operation(
            summary = "Give an order awaiting approval the second approval (an APPROVER of the commissioner, not the "
                    + "person who placed it)")
    OrderAnswer approve(@SignedIn Viewer approver, @PathVariable UUID id) {
        return OrderAnswer.of(orders.approve(approver, id));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/acceptance")
    @Operation(summary = "Accept an order, reserving its units in the period (providers); refused if too few are left")
    OrderAnswer accept(@SignedIn Viewer provider, @PathVariable UUID id) {
        return OrderAnswer.of(orders.accept(provider, id));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/declination")
    @Operation(summary = "Decline an order with a reason the commissioner reads (providers)")
    OrderAnswer decline(@SignedIn Viewer provider, @PathVariable UUID id, @Body ReasonRequest request) {
        return OrderAnswer.of(orders.decline(provider, id, request.reason()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/deliveries")
    @Operation(summary = "Record units delivered (providers); never more than ordered in all")
    OrderAnswer deliver(@SignedIn Viewer provider, @PathVariable UUID id, @Body UnitsRequest request) {
        return OrderAnswer.of(orders.recordDelivery(provider, id, request.units()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/invoices")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Raise an invoice for units (providers); never more than ordered less already invoiced")
    OrderAnswer invoice(@SignedIn Viewer provider, @PathVariable UUID id, @Body UnitsRequest request) {
        return OrderAnswer.of(orders.raiseInvoice(provider, id, request.units()));
    }

    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/invoices/{invoiceId}/confirmation")
    @Operation(summary = "Confirm an invoice: its amount is spent from the order's budget (commissioners)")
    OrderAnswer confirm(@SignedIn Viewer commissioner, @PathVariable UUID id, @PathVariable UUID invoiceId) {
        return OrderAnswer.of(orders.confirm(commissioner, id, invoiceId));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/invoices/{invoiceId}/dispute")
    @Operation(summary = "Dispute an invoice with a reason (commissioners); its units may be invoiced again")
    OrderAnswer dispute(
            @SignedIn Viewer commissioner,
            @PathVariable UUID id,
            @PathVariable UUID invoiceId,
            @Body ReasonRequest request) {
        return OrderAnswer.of(orders.dispute(commissioner, id, invoiceId, request.reason()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/cancellation")
    @Operation(
            summary = "Cancel an order with a reason (commissioners); reserved units not delivered go back to the "
                    + "service's capacity")
    OrderAnswer cancel(@SignedIn Viewer commissioner, @PathVariable UUID id, @Body ReasonRequest request) {
        return OrderAnswer.of(orders.cancel(commissioner, id, request.reason()));
    }
}
