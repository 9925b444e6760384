package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.ratecard.RateCardSearchServices.Offer;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * A commissioner finds services on the rate-card search page and compares up to five side by side (price, capacity
 * left, lead time, outcomes, the Justice Data Lab result); a sixth, or a price that is not a price, gets the error
 * summary with what was chosen or typed kept.
 */
@MarketplaceTest
class CommissionerComparingServicesOnTheRateCardPagesTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    RateCardSearchServices rateCard;

    private final List<UUID> services = new ArrayList<>();
    private UUID draft;
    private PortalClient commissioner;

    @BeforeAll
    void sixMentoringServicesInYorkshire() {
        ApiClient leeds = providers.approve(EoiAnswersJson.complete(
                "Leeds Mentoring Trust", "mentoring", "young-adults", "region-yorkshire-and-the-humber"));
        for (int i = 1; i <= 6; i++) {
            services.add(rateCard.publish(
                    leeds,
                    Offer.of("Mentoring programme " + i, "mentoring", "west-yorkshire", Unit.PROGRAMME, i + "00.00")
                            .inAreas(Map.of("west-yorkshire", 10 * i))
                            .withEvidence()));
        }
        draft = rateCard.draft(
                leeds, Offer.of("Unpublished mentoring", "mentoring", "west-yorkshire", Unit.SESSION, "1.00"));
        commissioner = portal.signedIn(accounts.commissioner("West Yorkshire Combined Authority"));
        Eventually.within(
                Duration.ofSeconds(5),
                () -> commissioner.get("/rate-card?text=mentoring").body().contains("Mentoring programme 6"));
    }

    @Test
    void the_search_page_lists_services_with_their_price_and_filters_by_price_cheapest_first() {
        HttpAnswer found = commissioner.get(
                "/rate-card?area=region-yorkshire-and-the-humber&priceFrom=150&priceTo=300&sort=price");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.heading()).isEqualTo("Search the rate card");
        assertThat(found.body())
                .contains("2 services found", "£200.00 per programme", "Exempt from VAT", "Leeds Mentoring Trust")
                .doesNotContain("Mentoring programme 1<", "Mentoring programme 4");
        assertThat(found.body().indexOf("Mentoring programme 2"))
                .isLessThan(found.body().indexOf("Mentoring programme 3"));
        assertThat(found.body()).contains("name=\"service\"", "action=\"/rate-card/compare\"");
        assertThat(commissioner.get("/rate-card?text=unpublished").body()).contains("0 services found");
    }

    @Test
    void five_services_compare_side_by_side_with_price_capacity_lead_time_outcomes_and_the_jdl_result() {
        HttpAnswer compared = commissioner.get("/rate-card/compare?" + chosen(5));

        assertThat(compared.status()).isEqualTo(200);
        assertThat(compared.body())
                .contains(
                        "Mentoring programme 1",
                        "Mentoring programme 5",
                        "£100.00 per programme",
                        "£500.00 per programme")
                .contains("Units left this period", "West Yorkshire: 50", "10 working days")
                .contains("Outcome evidence", "Justice Data Lab result")
                .doesNotContain("Mentoring programme 6", "govuk-error-summary");
    }

    @Test
    void a_sixth_service_or_an_unpublished_one_is_refused_with_the_error_summary() {
        HttpAnswer refused = commissioner.get("/rate-card/compare?" + chosen(6));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "Choose up to 5 services to compare", "href=\"#service\"")
                .contains("Mentoring programme 6")
                .doesNotContain("<caption");
        assertThat(commissioner.get("/rate-card/compare?service=not-a-service").status())
                .isEqualTo(422);
    }

    @Test
    void a_price_that_is_not_a_price_is_refused_with_what_was_typed_kept() {
        HttpAnswer refused = commissioner.get("/rate-card?priceFrom=cheap&text=mentoring");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "Enter the lowest price in pounds", "href=\"#priceFrom\"")
                .contains("value=\"cheap\"", "value=\"mentoring\"");
    }

    @Test
    void the_pages_come_in_welsh() {
        PortalClient welsh = portal.signedIn(accounts.commissioner("Heddlu Gwent"));
        welsh.get("/language?lang=cy&returnTo=/rate-card");

        assertThat(welsh.get("/rate-card?text=mentoring").heading()).isEqualTo("Chwilio&#39;r cerdyn cyfraddau");
        assertThat(welsh.get("/rate-card/compare?" + chosen(2)).body())
                .contains("Gwasanaeth: Mentoring programme 1", "Unedau ar ôl y cyfnod hwn");
    }

    @Test
    void only_signed_in_users_search_the_rate_card() {
        assertThat(portal.newBrowser().get("/rate-card").location()).contains("/sign-in");
    }

    private String chosen(int how) {
        return services.stream().limit(how).map(id -> "service=" + id).collect(Collectors.joining("&"));
    }
}
