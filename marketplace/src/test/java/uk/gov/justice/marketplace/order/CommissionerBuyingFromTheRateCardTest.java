package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.order.Market.field;
import static uk.gov.justice.marketplace.order.Market.order;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.notification.Notices;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.RecordedSpend;

/**
 * West Yorkshire's PCC orders mentoring sessions from the rate card: the provider accepts (the sessions are held for
 * it), delivers and invoices; the PCC confirms, and only then is it spent. A cancelled order gives its sessions back.
 */
@MarketplaceTest
class CommissionerBuyingFromTheRateCardTest implements FreshDatabase {

    private final MovableClock clock = Market.firstOfJuly2026();

    @Inject
    Accounts accounts;

    @Inject
    Market market;

    @Inject
    RecordedSpend spend;

    @Inject
    Notices notices;

    private ApiClient pcc;
    private ApiClient provider;
    private UUID providerOrganisation;
    private UUID service;
    private String budget;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void aPublishedServiceAndABudget() {
        pcc = market.as(accounts.commissioner("West Yorkshire PCC"));
        provider = market.provider("Leeds Mentoring Trust");
        providerOrganisation = market.organisationOf(provider);
        service = market.service(provider, 20);
        budget = market.budget(pcc, "10000");
    }

    @Test
    void an_order_is_accepted_delivered_invoiced_and_only_the_confirmed_invoice_is_spent() {
        HttpAnswer placed = order(pcc, service, budget, 10);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(field(placed.body(), "status")).isEqualTo("SENT_TO_PROVIDER");
        String id = field(placed.body(), "id");
        assertThat(notices.unread(providerOrganisation))
                .extracting(n -> n.messageKey())
                .contains("order.news.OrderPlaced.notice");

        assertThat(field(provider.post("/api/orders/" + id + "/acceptance", "").body(), "status"))
                .isEqualTo("ACCEPTED");
        assertThat(market.unitsLeftInJuly(service)).isEqualTo(10);
        provider.post("/api/orders/" + id + "/deliveries", "{\"units\": 6}");
        HttpAnswer invoiced = provider.post("/api/orders/" + id + "/invoices", "{\"units\": 6}");
        assertThat(invoiced.status()).as(invoiced.body()).isEqualTo(201);
        String invoice = invoiced.body().replaceAll("(?s).*\"invoices\":\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpAnswer tooMany = provider.post("/api/orders/" + id + "/invoices", "{\"units\": 5}");

        HttpAnswer confirmed = pcc.post("/api/orders/" + id + "/invoices/" + invoice + "/confirmation", "");

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body()).contains("\"field\":\"units\"");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(field(confirmed.body(), "invoiced")).isEqualTo("6");
        assertThat(confirmed.body()).contains("\"spent\":{\"amount\":510");
        assertThat(spend.told()).singleElement().satisfies(s -> {
            assertThat(s.orderId()).hasToString(id);
            assertThat(s.budgetId()).hasToString(budget);
            assertThat(s.amount()).isEqualTo(Money.pounds("510"));
            assertThat(s.spentOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
        String budgets = pcc.get("/api/budgets").body();
        assertThat(budgets).contains("\"committed\":{\"amount\":850").contains("\"remaining\":{\"amount\":9150");
    }

    @Test
    void a_cancelled_order_needs_a_reason_and_gives_its_reserved_sessions_back() {
        String id = field(order(pcc, service, budget, 4).body(), "id");
        provider.post("/api/orders/" + id + "/acceptance", "");
        int leftBefore = market.unitsLeftInJuly(service);

        HttpAnswer noReason = pcc.post("/api/orders/" + id + "/cancellation", "{\"reason\": \" \"}");
        HttpAnswer cancelled =
                pcc.post("/api/orders/" + id + "/cancellation", "{\"reason\": \"The service moved in-house\"}");

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(field(cancelled.body(), "status")).isEqualTo("CANCELLED");
        assertThat(market.unitsLeftInJuly(service)).isEqualTo(leftBefore + 4);
        assertThat(provider.post("/api/orders/" + id + "/deliveries", "{\"units\": 1}")
                        .status())
                .isEqualTo(409);
    }
}
