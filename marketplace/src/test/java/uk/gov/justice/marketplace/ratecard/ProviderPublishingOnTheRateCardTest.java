package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A provider on the register puts a service on the rate card through the API: drafts it, prices it from today,
 * publishes it, raises the price from next month; anyone reads the service with its whole price history. Each
 * change is audited and put in the search index's outbox; bad input is refused naming the answer at fault.
 */
@MarketplaceTest
class ProviderPublishingOnTheRateCardTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    RateCardFixtures fixtures;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    Clock clock;

    private ApiClient provider;
    private ApiClient steward;

    @BeforeAll
    void aProviderOnTheRegister() {
        provider = fixtures.mentoringProvider("Calderdale Mentoring");
        steward = portal.api(accounts.tokenFor(accounts.steward()));
    }

    @Test
    void a_service_drafted_priced_and_published_is_read_by_anyone_with_its_price_history() {
        String id = drafted(provider);
        assertThat(price(provider, id, "45.00", today()).status()).isEqualTo(200);
        assertThat(provider.post("/api/rate-card/services/" + id + "/publication", "")
                        .status())
                .isEqualTo(200);
        assertThat(price(provider, id, "48.50", today().plusMonths(1)).status()).isEqualTo(200);

        HttpAnswer read = portal.api().get("/api/rate-card/services/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .contains(
                        "\"status\":\"PUBLISHED\"",
                        "\"providerName\":\"Calderdale Mentoring\"",
                        "\"priceToday\":{\"version\":1,\"unitPrice\":{\"amount\":45.00,\"currency\":\"GBP\"}",
                        "\"effectiveFrom\":\"" + today().plusMonths(1) + "\"",
                        "\"aboveGuidePrice\":false");
        assertThat(changesOf(id)).isEqualTo(4);
        assertThat(steward.get("/api/audit?subject=" + id).body())
                .contains("ratecard.service-drafted", "ratecard.price-set", "ratecard.service-published");
    }

    @Test
    void a_price_backdated_before_today_is_refused_naming_effective_from_and_the_price_before_it_stands() {
        String id = drafted(provider);
        price(provider, id, "45.00", today());

        HttpAnswer backdated = price(provider, id, "30.00", today().minusDays(1));

        assertRefused(backdated, 422, "effectiveFrom");
        assertThat(backdated.body()).contains("before today");
        assertThat(provider.get("/api/rate-card/services/mine").body())
                .contains("\"amount\":45.00")
                .doesNotContain("\"amount\":30.00");
    }

    @Test
    void a_service_with_no_price_is_not_published_and_a_provider_off_the_register_never_publishes() {
        String unpriced = drafted(provider);
        assertRefused(provider.post("/api/rate-card/services/" + unpriced + "/publication", ""), 422, "unitPrice");

        ApiClient waiting = providers.sent(
                EoiAnswersJson.complete("Bradford Mentors in Waiting", "mentoring", "young-adults", "west-yorkshire"));
        String theirs = drafted(waiting);
        price(waiting, theirs, "40.00", today());
        assertRefused(waiting.post("/api/rate-card/services/" + theirs + "/publication", ""), 422, "provider");
        assertThat(portal.api().get("/api/rate-card/services/" + theirs).status())
                .isEqualTo(404);
    }

    @Test
    void a_provider_changes_only_its_own_services() {
        String id = drafted(provider);
        ApiClient rival = fixtures.mentoringProvider("Rival Mentoring");

        assertRefused(price(rival, id, "1.00", today()), 403, null);
        assertRefused(rival.post("/api/rate-card/services/" + id + "/publication", ""), 403, null);
        ApiClient commissioner = portal.api(accounts.tokenFor(accounts.commissioner("West Yorkshire PCC")));
        assertRefused(commissioner.post("/api/rate-card/services", serviceJson("west-yorkshire", 10)), 403, null);
    }

    @Test
    void bad_answers_are_refused_naming_each_one_at_once_and_none_is_a_server_error() {
        HttpAnswer empty = provider.post("/api/rate-card/services", "{}");
        assertRefused(empty, 422, "speciality");
        assertThat(empty.body())
                .contains(
                        "\"field\":\"unit\"",
                        "\"field\":\"titleEn\"",
                        "\"field\":\"cohorts\"",
                        "\"field\":\"areas\"",
                        "\"field\":\"minimumOrder\"");

        assertRefused(provider.post("/api/rate-card/services", serviceJson("atlantis", 10)), 422, "areas");
        assertRefused(provider.post("/api/rate-card/services", serviceJson("west-yorkshire", -1)), 422, "areas");
        String id = drafted(provider);
        assertRefused(price(provider, id, "0", today()), 422, "unitPrice");
        assertRefused(price(provider, id, "12.345", today()), 422, "unitPrice");
        assertThat(provider.post("/api/rate-card/services/" + id + "/prices", "{\"vat\": \"SOMETIMES\"}")
                        .status())
                .isBetween(400, 499);
        assertRefused(
                provider.post("/api/rate-card/services/" + UUID.randomUUID() + "/publication", ""), 404, "serviceId");
    }

    private String drafted(ApiClient who) {
        HttpAnswer created = who.post("/api/rate-card/services", serviceJson("west-yorkshire", 10));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    static String serviceJson(String area, int capacity) {
        return """
                {"speciality": "mentoring", "unit": "SESSION",
                 "titleEn": "Mentoring for young adults", "titleCy": "Mentora i oedolion ifanc",
                 "descriptionEn": "Weekly sessions with a mentor.", "descriptionCy": "Sesiynau wythnosol gyda mentor.",
                 "cohorts": ["young-adults"], "areas": [{"area": "%s", "capacity": %d}],
                 "minimumOrder": 2, "capacityPeriod": "MONTH", "leadTimeDays": 5, "welshDelivery": false}"""
                .formatted(area, capacity);
    }

    private static HttpAnswer price(ApiClient who, String id, String amount, LocalDate from) {
        return who.post(
                "/api/rate-card/services/" + id + "/prices",
                """
                {"unitPrice": %s, "vat": "EXEMPT", "effectiveFrom": "%s"}"""
                        .formatted(amount, from));
    }

    private int changesOf(String id) {
        return transactions.executeRead(status ->
                jdbc.prepareStatement("select count(*) from rate_card_change where service_id = ?", statement -> {
                    statement.setObject(1, UUID.fromString(id), Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                }));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void assertRefused(HttpAnswer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        if (field != null) {
            assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
        }
    }
}
