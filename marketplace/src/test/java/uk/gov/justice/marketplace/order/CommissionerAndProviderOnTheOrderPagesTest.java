package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * In the portal: the commissioner's admin sets a budget and orders; a refused order comes back with the GOV.UK error
 * summary and everything typed kept; the provider declines without a reason and is told so beside the reason box,
 * then accepts; both read the order with its history, in English and Welsh.
 */
@MarketplaceTest
class CommissionerAndProviderOnTheOrderPagesTest implements FreshDatabase {

    private final MovableClock clock = Market.firstOfJuly2026();

    @Inject
    Accounts accounts;

    @Inject
    Market market;

    @Inject
    Portal portal;

    private PortalClient commissioner;
    private PortalClient provider;
    private UUID service;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void signedIn() {
        ApiClient providerApi = market.provider("Wakefield Mentoring");
        service = market.service(providerApi, 20);
        commissioner = portal.signedIn(accounts.commissioner("West Yorkshire Mayor"));
        provider = portal.signedIn(providerApi.me("email"));
    }

    @Test
    void a_refused_order_keeps_what_was_typed_and_a_good_one_reaches_the_provider() {
        commissioner.get("/budgets");
        HttpAnswer budget =
                commissioner.post("/budgets", Map.of("year", "2026-27", "name", "Mentoring", "amount", "5,000"));
        assertThat(budget.status()).isEqualTo(303);
        assertThat(commissioner.get("/budgets").body()).contains("£5,000.00", "Mentoring");
        String form = commissioner.get("/orders/new?service=" + service).body();
        assertThat(form)
                .as("the areas the service serves are offered by name, the code only as the value")
                .contains("<option value=\"" + Market.AREA + "\">West Yorkshire</option>")
                .doesNotContain(">Wales</option>");
        String budgetId = form.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\".*", "$1");
        HttpAnswer refused = commissioner.post("/orders", order("0", budgetId));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "href=\"#units\"", "Enter the number of units")
                .contains("<option value=\"" + Market.AREA + "\" selected=\"selected\">West Yorkshire</option>")
                .contains("value=\"2026-07\"");

        HttpAnswer placed = commissioner.post("/orders", order("3", budgetId));
        assertThat(placed.status()).isEqualTo(303);
        String order = placed.location();
        assertThat(provider.get("/orders").body()).contains(order, "Sent to the provider", "West Yorkshire");
        assertThat(provider.get(order).body()).contains("West Yorkshire").doesNotContain(">" + Market.AREA + "<");

        provider.get(order);
        HttpAnswer noReason = provider.post(order + "/declination", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("href=\"#declineReason\"", "Enter the reason");

        assertThat(provider.post(order + "/acceptance", Map.of()).status()).isEqualTo(303);
        assertThat(commissioner.get(order).body()).contains("Accepted", "£255.00", "Cancel the order");
        commissioner.get("/language?lang=cy");
        assertThat(commissioner.get(order).body()).contains("Wedi&#39;i derbyn", "Gorllewin Swydd Efrog");
        assertThat(commissioner.get("/orders").body()).contains("Gorllewin Swydd Efrog");
    }

    /** The new-order form as typed for July in the service's area. */
    private Map<String, String> order(String units, String budgetId) {
        return Map.of(
                "serviceId",
                service.toString(),
                "area",
                Market.AREA,
                "period",
                "2026-07",
                "units",
                units,
                "budgetId",
                budgetId);
    }
}
