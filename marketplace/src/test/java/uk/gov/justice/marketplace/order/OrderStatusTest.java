package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Transitions;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.OfferTerms;
import uk.gov.justice.marketplace.ratecard.Period;
import uk.gov.justice.marketplace.ratecard.Unit;

/** Pins how an order moves: a change here is a change to how commissioners and providers trade. */
class OrderStatusTest {

    private static final Instant PLACED = Instant.parse("2026-07-01T09:30:00Z");
    private static final String BUYER = "buyer@wypcc.example";
    private static final String PROVIDER = "orders@mentoring.example";

    @Test
    void the_whole_table_is_pinned_so_a_new_move_is_a_deliberate_change() {
        assertThat(Order.Status.MOVES.table())
                .containsExactly(
                        "AWAITING_APPROVAL --OrderApproved--> SENT_TO_PROVIDER",
                        "AWAITING_APPROVAL --OrderCancelled--> CANCELLED",
                        "SENT_TO_PROVIDER --OrderAccepted--> ACCEPTED",
                        "SENT_TO_PROVIDER --OrderDeclined--> DECLINED",
                        "SENT_TO_PROVIDER --OrderCancelled--> CANCELLED",
                        "ACCEPTED --DeliveryRecorded--> IN_DELIVERY",
                        "ACCEPTED --OrderCancelled--> CANCELLED",
                        "IN_DELIVERY --DeliveryRecorded--> IN_DELIVERY",
                        "IN_DELIVERY --InvoiceRaised--> IN_DELIVERY",
                        "IN_DELIVERY --InvoiceConfirmed--> IN_DELIVERY",
                        "IN_DELIVERY --InvoiceDisputed--> IN_DELIVERY",
                        "IN_DELIVERY --OrderCancelled--> CANCELLED",
                        "CANCELLED --InvoiceConfirmed--> CANCELLED",
                        "CANCELLED --InvoiceDisputed--> CANCELLED");
    }

    @Test
    void an_order_above_the_threshold_waits_for_approval_and_one_below_goes_straight_to_the_provider() {
        assertThat(placed(4, true).status()).isEqualTo(Order.Status.AWAITING_APPROVAL);
        assertThat(placed(4, false).status()).isEqualTo(Order.Status.SENT_TO_PROVIDER);
        assertThat(placed(4, false).amount()).isEqualTo(Money.pounds("340.00"));
    }

    @Test
    void a_provider_cannot_invoice_more_units_than_were_ordered_less_those_already_invoiced() {
        Order delivering = placed(10, false)
                .accept(PROVIDER, PLACED)
                .order()
                .recordDelivery(PROVIDER, 10, PLACED)
                .order();
        Order invoiced = delivering.raiseInvoice(PROVIDER, 6, PLACED).order();

        assertThatThrownBy(() -> invoiced.raiseInvoice(PROVIDER, 5, PLACED))
                .isInstanceOfSatisfying(
                        InvalidInputs.class,
                        refused -> assertThat(refused.fields()).singleElement().satisfies(field -> {
                            assertThat(field.field()).isEqualTo("units");
                            assertThat(field.getMessage()).isEqualTo("order.error.invoice.moreThanOrdered");
                        }));
        assertThat(invoiced.raiseInvoice(PROVIDER, 4, PLACED).order().invoiced())
                .isEqualTo(10);
    }

    @Test
    void a_disputed_invoice_gives_its_units_back_to_be_invoiced_again_and_only_confirmed_ones_are_spent() {
        Order raised = placed(10, false)
                .accept(PROVIDER, PLACED)
                .order()
                .recordDelivery(PROVIDER, 4, PLACED)
                .order()
                .raiseInvoice(PROVIDER, 4, PLACED)
                .order();
        UUID invoice = raised.invoices().get(0).id();

        Order disputed = raised.dispute(invoice, BUYER, "Only three sessions happened", PLACED)
                .order();
        Order reinvoiced = disputed.raiseInvoice(PROVIDER, 3, PLACED).order();
        Order confirmed = reinvoiced
                .confirm(reinvoiced.invoices().get(1).id(), BUYER, PLACED)
                .order();

        assertThat(disputed.invoiced()).isZero();
        assertThat(confirmed.spent()).isEqualTo(Money.pounds("255.00"));
        assertThatThrownBy(() -> confirmed.confirm(invoice, BUYER, PLACED)).hasMessage("order.error.invoice.settled");
    }

    @Test
    void cancelling_gives_back_what_was_reserved_and_not_delivered_and_keeps_only_spend_committed() {
        Order delivering = placed(10, false)
                .accept(PROVIDER, PLACED)
                .order()
                .recordDelivery(PROVIDER, 3, PLACED)
                .order();

        Order.Change cancelled = delivering.cancel(BUYER, "Service moved in-house", PLACED);

        assertThat(cancelled.event().units()).isEqualTo(7);
        assertThat(cancelled.order().committed()).isEqualTo(Money.pounds("0"));
        assertThat(placed(10, false).cancel(BUYER, "Wrong area", PLACED).event().units())
                .as("nothing was reserved before the provider accepted")
                .isZero();
    }

    @Test
    void a_declined_order_takes_nothing_more_and_the_refusal_names_what_was_found() {
        Order declined = placed(2, false)
                .decline(PROVIDER, "No mentors free in July", PLACED)
                .order();

        assertThatThrownBy(() -> declined.accept(PROVIDER, PLACED))
                .isInstanceOfSatisfying(Transitions.MoveRefused.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("order.error.notSentToYou");
                    assertThat(refused.found())
                            .containsEntry("status", "DECLINED")
                            .containsEntry("event", "OrderAccepted");
                });
        assertThatThrownBy(() -> placed(2, false).decline(PROVIDER, "  ", PLACED))
                .hasMessage("order.error.reason.missing");
    }

    static Order placed(int units, boolean needsApproval) {
        return Order.place(
                        UUID.randomUUID(),
                        "West Yorkshire PCC",
                        UUID.randomUUID(),
                        BUYER,
                        UUID.randomUUID(),
                        terms(),
                        "pfa-west-yorkshire",
                        Period.containing(CapacityPeriod.MONTH, LocalDate.of(2026, 7, 1)),
                        units,
                        needsApproval,
                        PLACED)
                .order();
    }

    static OfferTerms terms() {
        return new OfferTerms(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Leeds Mentoring Trust",
                "Mentoring for young adults",
                "Mentora i oedolion ifanc",
                "mentoring",
                Unit.SESSION,
                Money.pounds("85.00"),
                VatTreatment.EXEMPT,
                LocalDate.of(2026, 6, 1),
                1,
                5,
                CapacityPeriod.MONTH,
                "pfa-west-yorkshire");
    }
}
