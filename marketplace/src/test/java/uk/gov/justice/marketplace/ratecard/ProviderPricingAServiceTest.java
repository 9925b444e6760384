package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Transitions;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A provider prices its own service without asking anyone: each price applies from its own day, never before
 * today, and the prices before it stay as they were, so an order keeps the price it was placed at.
 */
class ProviderPricingAServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final UUID PROVIDER_USER = UUID.randomUUID();

    @Test
    void a_new_price_applies_from_its_day_and_a_day_before_keeps_the_price_in_force_then() {
        RateCardService service = priced(aDraft(), "45.00", TODAY);

        RateCardService.Change raised = priced(service, "50.00", TODAY.plusMonths(1), TODAY.plusDays(3));

        assertThat(raised.service().priceOn(TODAY.plusDays(10)))
                .map(p -> p.value().unitPrice())
                .contains(Money.pounds("45.00"));
        assertThat(raised.service().priceOn(TODAY.plusMonths(1)))
                .map(p -> p.value().unitPrice())
                .contains(Money.pounds("50.00"));
        assertThat(raised.event()).isInstanceOfSatisfying(RateCardEvent.PriceSet.class, set -> {
            assertThat(set.version()).isEqualTo(2);
            assertThat(set.effectiveFrom()).isEqualTo(TODAY.plusMonths(1));
        });
    }

    @Test
    void a_price_backdated_before_today_is_refused_naming_effective_from() {
        assertThatThrownBy(() -> priced(aDraft(), "45.00", TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field, InvalidInput::getMessage)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("effectiveFrom", "ratecard.error.backdated")));
    }

    @Test
    void a_price_on_or_before_the_day_of_the_latest_price_is_refused_so_no_price_in_force_is_rewritten() {
        RateCardService service = priced(aDraft(), "45.00", TODAY.plusDays(14));

        assertThatThrownBy(() -> priced(service, "40.00", TODAY.plusDays(7)))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::getMessage)
                        .containsExactly("ratecard.error.notAfterLatestPrice"));
    }

    @Test
    void a_price_with_no_amount_no_vat_and_no_date_is_refused_with_every_reason_at_once() {
        NewPrice nothing = new NewPrice(null, null, null, TODAY, aDraft().prices());

        assertThat(NewPrice.RULES.reasons(nothing))
                .extracting(r -> r.field() + " " + r.key())
                .containsExactly(
                        "unitPrice ratecard.error.unitPrice",
                        "vat ratecard.error.vat",
                        "effectiveFrom ratecard.error.effectiveFrom");
    }

    @Test
    void a_service_with_no_price_is_never_published_and_a_provider_off_the_register_never_publishes() {
        assertThatThrownBy(() -> aDraft().publish(true, cause()))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field)
                        .containsExactly("unitPrice"));
        assertThatThrownBy(() -> priced(aDraft(), "45.00", TODAY).publish(false, cause()))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::getMessage)
                        .containsExactly("ratecard.error.notOnRegister"));
    }

    @Test
    void a_published_service_is_withdrawn_with_the_providers_reason_and_cannot_be_withdrawn_twice() {
        RateCardService published =
                priced(aDraft(), "45.00", TODAY).publish(true, cause()).service();

        RateCardService.Change withdrawn = published.withdraw(Cause.by("provider@example.org", NOW), " Mentor left ");

        assertThat(withdrawn.service().status()).isEqualTo(ServiceStatus.WITHDRAWN);
        assertThat(withdrawn.event().cause().reason()).isEqualTo("Mentor left");
        assertThatThrownBy(() -> withdrawn.service().withdraw(Cause.by("provider@example.org", NOW), "Again"))
                .isInstanceOfSatisfying(Transitions.MoveRefused.class, refused -> assertThat(refused.getMessage())
                        .isEqualTo("ratecard.error.notPublished"));
        assertThatThrownBy(() -> published.withdraw(Cause.by("provider@example.org", NOW), " "))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field())
                        .isEqualTo("reason"));
    }

    static RateCardService aDraft() {
        return RateCardService.draft(
                        UUID.randomUUID(),
                        "Leeds Mentoring Trust",
                        RateCardFixtures.mentoring(CapacityPeriod.MONTH, new ServedArea("west-yorkshire", 10)),
                        cause())
                .service();
    }

    static RateCardService priced(RateCardService service, String amount, LocalDate from) {
        return priced(service, amount, from, TODAY).service();
    }

    private static RateCardService.Change priced(
            RateCardService service, String amount, LocalDate from, LocalDate today) {
        return service.price(
                new NewPrice(Money.pounds(amount), VatTreatment.EXEMPT, from, today, service.prices()),
                PROVIDER_USER,
                cause());
    }

    private static Cause cause() {
        return Cause.by("provider@example.org", NOW).withoutReason();
    }
}
