package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.order.Market.order;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A co-commissioned pool is money the funders agreed to spend on named services in named areas: the host may charge
 * it only for those, and is told which answer is at fault otherwise, with nothing committed against the pool.
 */
@MarketplaceTest
class CommissionerOrderingFromACoCommissionedPoolTest implements FreshDatabase {

    private static final FinancialYear YEAR = new FinancialYear(2026);

    private final MovableClock clock = Market.firstOfJuly2026();

    @Inject
    Accounts accounts;

    @Inject
    Market market;

    @Inject
    PoolBudgets pools;

    @Inject
    RateCardFixtures rateCard;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void a_service_the_agreement_does_not_name_is_refused_naming_the_service() {
        ApiClient host = market.as(accounts.commissioner("West Yorkshire PCC"));
        ApiClient provider = market.provider("Wakefield Mentors");
        UUID named = market.service(provider, 50);
        UUID other = market.service(provider, 50);
        UUID pool = pool(host, UUID.randomUUID(), List.of(named), List.of("west-yorkshire"));

        HttpAnswer refused = order(host, other, pool.toString(), 5);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body())
                .contains("\"field\":\"serviceId\"", "The co-commissioning agreement this pool is for does not buy");
        assertThat(pools.committed(pool)).isEqualTo(Money.pounds("0"));
        assertThat(order(host, named, pool.toString(), 5).status()).isEqualTo(201);
        assertThat(pools.committed(pool)).isEqualTo(Money.pounds("425"));
    }

    @Test
    void an_area_outside_the_agreements_areas_is_refused_naming_the_area() {
        ApiClient host = market.as(accounts.commissioner("Humberside PCC"));
        ApiClient provider = market.provider("Yorkshire Mentors");
        UUID service = rateCard.published(
                        provider,
                        "85.00",
                        CapacityPeriod.MONTH,
                        new ServedArea("west-yorkshire", 50),
                        new ServedArea("south-yorkshire", 50))
                .id();
        UUID pool = pool(host, UUID.randomUUID(), List.of(service), List.of("west-yorkshire"));

        HttpAnswer refused = host.post(
                "/api/orders",
                "{\"serviceId\": \"" + service + "\", \"area\": \"south-yorkshire\", \"period\": \"2026-07\", "
                        + "\"units\": 5, \"budgetId\": \"" + pool + "\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"area\"", "does not cover this area");
        assertThat(pools.committed(pool)).isEqualTo(Money.pounds("0"));
    }

    @Test
    void a_variation_that_adds_a_service_lets_the_pool_buy_it() {
        ApiClient host = market.as(accounts.commissioner("North Yorkshire PCC"));
        ApiClient provider = market.provider("Harrogate Mentors");
        UUID first = market.service(provider, 50);
        UUID added = market.service(provider, 50);
        UUID agreement = UUID.randomUUID();
        UUID pool = pool(host, agreement, List.of(first), List.of("west-yorkshire"));
        assertThat(order(host, added, pool.toString(), 5).status()).isEqualTo(422);

        assertThat(pool(host, agreement, List.of(first, added), List.of("west-yorkshire")))
                .isEqualTo(pool);

        assertThat(order(host, added, pool.toString(), 5).status()).isEqualTo(201);
    }

    private UUID pool(ApiClient host, UUID agreement, List<UUID> services, List<String> areas) {
        return pools.openOrResize(
                agreement,
                market.organisationOf(host),
                YEAR,
                Money.pounds("50000"),
                "Mentoring pool",
                new PoolBudgets.Purchases(services, areas));
    }
}
