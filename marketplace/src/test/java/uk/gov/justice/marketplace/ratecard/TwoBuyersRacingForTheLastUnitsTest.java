package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * Orders as the rate card sees them, on the real PostgreSQL: the terms of a published service for a buyer's area,
 * and capacity reserved under the row lock of its period, so two buyers can never both take the last units.
 */
@MarketplaceTest
class TwoBuyersRacingForTheLastUnitsTest implements FreshDatabase {

    @Inject
    RateCardFixtures fixtures;

    @Inject
    RateCardOffers offers;

    @Inject
    RateCards rateCards;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    Clock clock;

    private ApiClient provider;

    @BeforeAll
    void aProviderOnTheRegister() {
        provider = fixtures.mentoringProvider("Leeds Mentoring Trust");
    }

    @Test
    void a_buyer_in_an_area_inside_the_served_one_gets_the_price_in_force_and_counts_against_the_served_area() {
        RateCardService service = published(new ServedArea("region-yorkshire-and-the-humber", 10));

        OfferTerms terms = offers.termsFor(service.id(), "west-yorkshire", today());

        assertThat(terms.unitPrice()).isEqualTo(Money.pounds("45.00"));
        assertThat(terms.providerName()).isEqualTo("Leeds Mentoring Trust");
        assertThat(terms.servedArea()).isEqualTo("region-yorkshire-and-the-humber");
        assertThat(terms.minimumOrder()).isEqualTo(2);
        assertThat(terms.capacityPeriod()).isEqualTo(CapacityPeriod.MONTH);
    }

    @Test
    void an_area_the_service_does_not_serve_is_refused_naming_the_area() {
        RateCardService service = published(new ServedArea("west-yorkshire", 10));

        assertThatThrownBy(() -> offers.termsFor(service.id(), "gwent", today()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("area");
                    assertThat(refused.getMessage()).isEqualTo("ratecard.error.areaNotServed");
                });
        assertThatThrownBy(() -> offers.termsFor(UUID.randomUUID(), "west-yorkshire", today()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field())
                        .isEqualTo("serviceId"));
    }

    @Test
    void reserved_units_leave_fewer_and_released_units_come_back() {
        RateCardService service = published(new ServedArea("west-yorkshire", 10));
        Period month = thisMonth();

        offers.reserve(service.id(), "west-yorkshire", month, 7);
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", month)).isEqualTo(3);
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", month.next()))
                .isEqualTo(10);

        offers.release(service.id(), "west-yorkshire", month, 4);
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", month)).isEqualTo(7);
    }

    @Test
    void more_units_than_are_left_zero_units_and_a_quarter_for_a_monthly_service_are_each_refused() {
        RateCardService service = published(new ServedArea("west-yorkshire", 5));
        Period month = thisMonth();
        offers.reserve(service.id(), "west-yorkshire", month, 4);

        assertThatThrownBy(() -> offers.reserve(service.id(), "west-yorkshire", month, 2))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("units");
                    assertThat(refused.getMessage()).isEqualTo("ratecard.error.notEnoughCapacity");
                });
        assertThatThrownBy(() -> offers.reserve(service.id(), "west-yorkshire", month, 0))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field())
                        .isEqualTo("units"));
        assertThatThrownBy(() -> offers.reserve(
                        service.id(), "west-yorkshire", Period.containing(CapacityPeriod.QUARTER, today()), 1))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field())
                        .isEqualTo("period"));
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", month)).isEqualTo(1);
    }

    @Test
    void the_second_of_two_buyers_for_the_last_units_waits_for_the_first_and_is_refused() throws Exception {
        RateCardService service = published(new ServedArea("west-yorkshire", 3));
        Period month = thisMonth();
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        ExecutorService buyers = Executors.newFixedThreadPool(2);

        Future<?> first = buyers.submit(() -> transactions.executeWrite(status -> {
            offers.reserve(service.id(), "west-yorkshire", month, 3);
            firstHoldsTheLock.countDown();
            sleep(Duration.ofMillis(700));
            return null;
        }));
        assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        Future<Throwable> second = buyers.submit(() -> {
            try {
                transactions.executeWrite(status -> {
                    offers.reserve(service.id(), "west-yorkshire", month, 3);
                    return null;
                });
                return null;
            } catch (InvalidInput refused) {
                return refused;
            }
        });

        first.get(10, TimeUnit.SECONDS);
        Throwable refused = second.get(10, TimeUnit.SECONDS);
        buyers.shutdown();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(400));
        assertThat(refused).isInstanceOf(InvalidInput.class).hasMessage("ratecard.error.notEnoughCapacity");
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", month)).isZero();
    }

    @Test
    void twenty_buyers_at_once_for_ten_units_sell_exactly_ten() throws Exception {
        RateCardService service = published(new ServedArea("west-yorkshire", 10));
        Period month = thisMonth();
        ExecutorService buyers = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(buyers.submit(() -> {
                try {
                    offers.reserve(service.id(), "west-yorkshire", month, 1);
                    return true;
                } catch (InvalidInput refused) {
                    return false;
                }
            }));
        }
        int sold = 0;
        for (Future<Boolean> order : orders) {
            sold += order.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        buyers.shutdown();

        assertThat(sold).isEqualTo(10);
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", month)).isZero();
    }

    @Test
    void a_provider_cannot_give_an_area_less_capacity_than_orders_have_reserved_nor_take_it_off() {
        RateCardService service = published(new ServedArea("west-yorkshire", 10));
        offers.reserve(service.id(), "west-yorkshire", thisMonth().next(), 6);

        for (ServedArea[] areas : List.of(
                new ServedArea[] {new ServedArea("west-yorkshire", 5)},
                new ServedArea[] {new ServedArea("south-yorkshire", 10)})) {
            assertThatThrownBy(() -> rateCards.change(
                            fixtures.viewerOf(provider),
                            service.id(),
                            RateCardFixtures.mentoring(CapacityPeriod.MONTH, areas)))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                        assertThat(refused.field()).isEqualTo("areas");
                        assertThat(refused.getMessage()).isEqualTo("ratecard.error.areaHasOrders");
                    });
        }
        rateCards.change(
                fixtures.viewerOf(provider),
                service.id(),
                RateCardFixtures.mentoring(CapacityPeriod.MONTH, new ServedArea("west-yorkshire", 6)));
        assertThat(offers.unitsLeft(service.id(), "west-yorkshire", thisMonth().next()))
                .isZero();
    }

    private RateCardService published(ServedArea... areas) {
        return fixtures.published(provider, "45.00", CapacityPeriod.MONTH, areas);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Period thisMonth() {
        return Period.containing(CapacityPeriod.MONTH, today());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
