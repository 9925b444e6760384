package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * The steward sets a guide price for mentoring sessions; a service priced above it says so to every buyer, with
 * the provider's reason once it gives one. Every guide price is kept, and only the steward sets one.
 */
@MarketplaceTest
class StewardSettingAGuidePriceTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures fixtures;

    private ApiClient steward;
    private ApiClient provider;

    @BeforeAll
    void aStewardAndAProvider() {
        steward = portal.api(accounts.tokenFor(accounts.steward()));
        provider = fixtures.mentoringProvider("Wakefield Mentors");
    }

    @Test
    void a_service_above_the_guide_price_says_so_with_the_providers_reason() {
        String id = fixtures.published(provider, "45.00", CapacityPeriod.MONTH, new ServedArea("west-yorkshire", 8))
                .id()
                .toString();
        assertThat(guide("50.00", "Benchmarked against 2025-26 contracts").status())
                .isEqualTo(201);
        assertThat(portal.api().get("/api/rate-card/services/" + id).body()).contains("\"aboveGuidePrice\":false");

        assertThat(guide("40.00", "Most services cost less").status()).isEqualTo(201);
        assertThat(provider.put(
                                "/api/rate-card/services/" + id,
                                ProviderPublishingOnTheRateCardTest.serviceJson("west-yorkshire", 8)
                                        .replace(
                                                "\"welshDelivery\": false",
                                                "\"welshDelivery\": false, \"aboveGuideReasonEn\": \"Mentors with "
                                                        + "lived experience\", \"aboveGuideReasonCy\": \"Mentoriaid "
                                                        + "â phrofiad bywyd\""))
                        .status())
                .isEqualTo(200);

        assertThat(portal.api().get("/api/rate-card/services/" + id).body())
                .contains(
                        "\"guidePrice\":{\"amount\":40.00,\"currency\":\"GBP\"}",
                        "\"aboveGuidePrice\":true",
                        "\"aboveGuideReasonEn\":\"Mentors with lived experience\"");
        assertThat(portal.api()
                        .get("/api/rate-card/guide-prices/mentoring/SESSION")
                        .body())
                .contains("\"version\":1", "\"version\":2", "Most services cost less");
        assertThat(steward.get("/api/audit?subject=mentoring/SESSION").body()).contains("ratecard.guide-price-set");
    }

    @Test
    void only_the_steward_sets_a_guide_price_and_bad_answers_are_refused_naming_each() {
        HttpAnswer byProvider = provider.post(
                "/api/rate-card/guide-prices",
                "{\"speciality\": \"mentoring\", \"unit\": \"HOUR\", \"amount\": 1, \"reason\": \"Cheap\"}");
        assertThat(byProvider.status()).isEqualTo(403);

        HttpAnswer bad = steward.post(
                "/api/rate-card/guide-prices", "{\"speciality\": \"juggling\", \"amount\": -3, \"reason\": \" \"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body())
                .contains(
                        "\"field\":\"speciality\"",
                        "\"field\":\"unit\"",
                        "\"field\":\"amount\"",
                        "\"field\":\"reason\"");
        assertThat(portal.api()
                        .get("/api/rate-card/guide-prices/mentoring/LESSON")
                        .status())
                .isEqualTo(422);
        assertThat(portal.api().get("/api/rate-card/guide-prices").body()).doesNotContain("HOUR");
    }

    private HttpAnswer guide(String amount, String reason) {
        return steward.post(
                "/api/rate-card/guide-prices",
                """
                {"speciality": "mentoring", "unit": "SESSION", "amount": %s, "reason": "%s"}"""
                        .formatted(amount, reason));
    }
}
