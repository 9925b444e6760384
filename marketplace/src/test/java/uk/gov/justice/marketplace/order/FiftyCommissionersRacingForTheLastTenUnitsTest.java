package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.order.Market.field;
import static uk.gov.justice.marketplace.order.Market.order;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;

/**
 * Fifty commissioners order the last ten sessions of a service in the same moment, on real threads against the
 * real PostgreSQL, and the provider's team accepts all fifty at once: the capacity row lock lets exactly ten through,
 * every other acceptance is refused saying too few are left, and a refused order is left exactly as it was.
 */
@MarketplaceTest
class FiftyCommissionersRacingForTheLastTenUnitsTest implements FreshDatabase {

    private static final int BUYERS = 50;
    private static final int LAST_UNITS = 10;

    private final MovableClock clock = Market.firstOfJuly2026();

    @Inject
    Accounts accounts;

    @Inject
    Market market;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void exactly_ten_units_are_sold_and_every_other_order_is_refused_with_nothing_half_written() throws Exception {
        ApiClient provider = market.provider("Bradford Mentoring");
        UUID service = market.service(provider, LAST_UNITS);
        List<ApiClient> buyers = new ArrayList<>();
        List<String> budgets = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            ApiClient buyer = market.as(accounts.commissioner("Commissioner " + i));
            buyers.add(buyer);
            budgets.add(market.budget(buyer, "1000"));
        }

        List<HttpAnswer> placed = atOnce(i -> () -> order(buyers.get(i), service, budgets.get(i), 1));
        List<String> ids = placed.stream().map(a -> field(a.body(), "id")).toList();
        List<HttpAnswer> answered = atOnce(i -> () -> provider.post("/api/orders/" + ids.get(i) + "/acceptance", ""));

        assertThat(placed).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(answered.stream().filter(a -> a.status() == 200)).hasSize(LAST_UNITS);
        assertThat(answered.stream().filter(a -> a.status() != 200))
                .hasSize(BUYERS - LAST_UNITS)
                .allSatisfy(refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.body()).contains("\"field\":\"units\"");
                });
        assertThat(market.unitsLeftInJuly(service)).isZero();
        assertThat(market.countOf("select count(*) from purchase_order where status = 'ACCEPTED'"))
                .isEqualTo(LAST_UNITS);
        assertThat(market.countOf("select count(*) from purchase_order p where status = 'SENT_TO_PROVIDER' and "
                        + "(select count(*) from order_step s where s.order_id = p.id) = 1"))
                .as("refused orders still sent to the provider, with only their placing in their history")
                .isEqualTo(BUYERS - LAST_UNITS);
        assertThat(market.countOf("select count(*) from audit_entry where action = 'order.accepted'"))
                .isEqualTo(LAST_UNITS);
        assertThat(order(buyers.get(0), service, budgets.get(0), 1).body())
                .as("a late buyer is told at once")
                .contains("fewer units left");
    }

    private static List<HttpAnswer> atOnce(IntFunction<Callable<HttpAnswer>> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(BUYERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                Callable<HttpAnswer> one = call.apply(i);
                answers.add(threads.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            List<HttpAnswer> all = new ArrayList<>();
            for (Future<HttpAnswer> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            threads.shutdown();
        }
    }
}
