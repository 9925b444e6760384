package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.order.Market.field;
import static uk.gov.justice.marketplace.order.Market.order;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;

/**
 * A provider changes its own price whenever it likes, but never under an order already placed: a price dated
 * before today (or on the day of the price the order was placed at) is refused naming the date, the price history
 * and the order stay as they were, and a price from tomorrow leaves the order at the price it was placed at.
 */
@MarketplaceTest
class ProviderBackdatingAPriceUnderAnOrderTest implements FreshDatabase {

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
    void a_price_backdated_under_an_order_is_refused_naming_the_date_and_the_order_keeps_its_price() {
        ApiClient pcc = market.as(accounts.commissioner("Durham PCC"));
        ApiClient provider = market.provider("Durham Mentors");
        UUID service = market.service(provider, 20);
        String placed = order(pcc, service, market.budget(pcc, "5000"), 10).body();
        String id = field(placed, "id");
        String prices = "/api/rate-card/services/" + service + "/prices";

        HttpAnswer yesterday =
                provider.post(prices, "{\"unitPrice\": 60.00, \"vat\": \"EXEMPT\", \"effectiveFrom\": \"2026-06-30\"}");
        HttpAnswer today =
                provider.post(prices, "{\"unitPrice\": 60.00, \"vat\": \"EXEMPT\", \"effectiveFrom\": \"2026-07-01\"}");

        assertThat(yesterday.status()).isEqualTo(422);
        assertThat(yesterday.contentType()).startsWith("application/problem+json");
        assertThat(yesterday.body()).contains("\"field\":\"effectiveFrom\"", "cannot be before today");
        assertThat(today.status()).isEqualTo(422);
        assertThat(today.body()).contains("\"field\":\"effectiveFrom\"", "after the date of the latest price");
        String history = provider.get("/api/rate-card/services/" + service).body();
        assertThat(history).contains("\"amount\":85").doesNotContain("\"amount\":60");

        HttpAnswer tomorrow =
                provider.post(prices, "{\"unitPrice\": 95.00, \"vat\": \"EXEMPT\", \"effectiveFrom\": \"2026-07-02\"}");

        assertThat(tomorrow.status()).as(tomorrow.body()).isEqualTo(200);
        String kept = pcc.get("/api/orders/" + id).body();
        assertThat(kept).contains("\"unitPrice\":{\"amount\":85", "\"amount\":{\"amount\":850");
    }
}
