package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.order.Market.order;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
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

/**
 * Each bad order of the list is refused with 422 naming the answer at fault, and nothing is written: the
 * commissioner's orders stay empty and its budget commits nothing. Orders above £1,000 are not for the rate card here.
 */
@MarketplaceTest
class CommissionerRefusedABadOrderTest implements FreshDatabase {

    private final MovableClock clock = Market.firstOfJuly2026();

    @Inject
    Accounts accounts;

    @Inject
    Market market;

    private ApiClient pcc;
    private UUID service;
    private String budget;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.orders.largest-order", "1000");
        return properties;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void aServiceAndASmallBudget() {
        pcc = market.as(accounts.commissioner("Humberside PCC"));
        service = market.service(market.provider("Hull Mentoring"), 30, 2);
        budget = market.budget(pcc, "900");
    }

    @Test
    void zero_or_negative_units_are_refused_on_the_units() {
        refusedOn(order(pcc, service, budget, 0), "units", "Enter the number of units");
        refusedOn(order(pcc, service, budget, -3), "units", "Enter the number of units");
    }

    @Test
    void fewer_units_than_the_minimum_or_more_than_are_left_are_refused_on_the_units() {
        refusedOn(order(pcc, service, budget, 1), "units", "minimum order");
        refusedOn(order(pcc, service, budget, 31), "units", "fewer units left");
    }

    @Test
    void an_order_over_the_remaining_budget_is_refused_on_the_budget() {
        refusedOn(order(pcc, service, budget, 11), "budgetId", "more than is left in the budget");
    }

    @Test
    void an_order_above_the_approvers_limit_is_refused_even_with_budget_to_spare() {
        ApiClient rich = market.as(accounts.commissioner("Greater Manchester Combined Authority"));
        String big = market.budget(rich, "50000");

        refusedOn(order(rich, service, big, 12), "units", "above the largest amount");
        assertThat(rich.get("/api/orders").body()).isEqualTo("[]");
    }

    @Test
    void an_order_for_an_area_the_service_does_not_serve_is_refused_on_the_area() {
        HttpAnswer elsewhere = pcc.post(
                "/api/orders",
                "{\"serviceId\": \"" + service + "\", \"area\": \"dyfed-powys\", \"period\": \"2026-07\", "
                        + "\"units\": 2, \"budgetId\": \"" + budget + "\"}");

        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("\"field\":\"area\"");
    }

    @Test
    void an_order_for_a_period_already_over_is_refused_on_the_period() {
        HttpAnswer past = pcc.post(
                "/api/orders",
                "{\"serviceId\": \"" + service + "\", \"area\": \"" + Market.AREA + "\", \"period\": \"2026-05\", "
                        + "\"units\": 2, \"budgetId\": \"" + budget + "\"}");

        refusedOn(past, "period", "That period is over");
    }

    private void refusedOn(HttpAnswer answer, String field, String words) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"").contains(words);
        assertThat(pcc.get("/api/orders").body()).as("nothing was written").isEqualTo("[]");
        assertThat(pcc.get("/api/budgets").body()).contains("\"committed\":{\"amount\":0");
    }
}
