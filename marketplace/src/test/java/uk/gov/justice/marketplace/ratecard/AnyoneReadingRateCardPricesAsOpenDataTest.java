package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.ratecard.RateCardSearchServices.Offer;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * Anyone, signed in or not, downloads the rate card's published prices with their history as CSV or JSON; a
 * provider's draft is never in it, and a withdrawn service keeps its history.
 */
@MarketplaceTest
class AnyoneReadingRateCardPricesAsOpenDataTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    ApprovedProviders providers;

    @Inject
    RateCardSearchServices rateCard;

    @Inject
    Clock clock;

    private UUID mentoring;
    private UUID withdrawn;
    private LocalDate today;

    @BeforeAll
    void aRateCardWithAPriceChange() {
        ApiClient gwent =
                providers.approve(EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "gwent"));
        today = LocalDate.now(clock);
        mentoring = rateCard.publish(
                gwent, Offer.of("Mentoring, session", "womens-services", "gwent", Unit.SESSION, "45.00"));
        rateCard.reprice(mentoring, "47.50", today.plusDays(14));
        withdrawn = rateCard.publish(gwent, Offer.of("Old drop-in", "womens-services", "gwent", Unit.HOUR, "20.00"));
        rateCard.withdraw(withdrawn);
        rateCard.draft(gwent, Offer.of("Secret draft", "womens-services", "gwent", Unit.HOUR, "99.00"));
    }

    @Test
    void the_csv_has_a_line_per_price_with_the_days_each_applied() {
        HttpAnswer csv = portal.api().getAccepting("/open-data/rate-card.csv", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("rate-card-prices.csv");
        assertThat(csv.body().split("\r\n")).hasSize(4);
        assertThat(csv.body()).startsWith("service_id,provider_id,provider_name,title_en");
        assertThat(csv.body()).contains(mentoring + ",", "Gwent Women's Centre,\"Mentoring, session\"");
        assertThat(csv.body())
                .contains(",1,45.00,GBP,EXEMPT," + today + "," + today.plusDays(13) + "\r\n")
                .contains(",2,47.50,GBP,EXEMPT," + today.plusDays(14) + ",\r\n")
                .contains("Old drop-in", "WITHDRAWN")
                .doesNotContain("Secret draft");
    }

    @Test
    void the_json_has_each_service_with_its_prices_oldest_first() {
        String json = portal.api().get("/open-data/rate-card.json").body();

        assertThat(json)
                .contains("\"id\":\"" + mentoring + "\"", "\"status\":\"PUBLISHED\"", "\"status\":\"WITHDRAWN\"")
                .contains(
                        "{\"version\":1,\"unitPrice\":45.00,\"currency\":\"GBP\",\"vat\":\"EXEMPT\",\"effectiveFrom\":\""
                                + today + "\",\"effectiveUntil\":\"" + today.plusDays(13) + "\"}")
                .contains(
                        "{\"version\":2,\"unitPrice\":47.50,\"currency\":\"GBP\",\"vat\":\"EXEMPT\",\"effectiveFrom\":\""
                                + today.plusDays(14) + "\"}")
                .doesNotContain("Secret draft");
    }
}
