package uk.gov.justice.marketplace.concern;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * A lead pads a chain with invitations: five providers invited, one accepts, two decline, one is accepted and then
 * removed, one never answers. Only the one partner really there hides the author of a concern, so the steward
 * sees the small-chain warning and must confirm it has weighed it before anything goes to the lead.
 */
@MarketplaceTest
class StewardPuttingAConcernFromAThinChainTest implements FreshDatabase {

    private final MovableClock clock = new MovableClock();

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void declined_expired_and_removed_invitees_do_not_hide_the_author_so_the_steward_is_warned() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Padded Chains Ltd")));
        String stewardEmail = accounts.steward();
        ApiClient steward = portal.api(accounts.tokenFor(stewardEmail));
        String chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Durham resettlement", "area": "region-north-east", "purpose": "LIVE_CONTRACT",
                 "contractValue": {"amount": 500000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient author = invited(lead, chain, "Durham Women's Project");
        ApiClient firstDecliner = invited(lead, chain, "Consett Housing");
        ApiClient secondDecliner = invited(lead, chain, "Bishop Auckland Mentoring");
        ApiClient removed = invited(lead, chain, "Stanley Recovery");
        invited(lead, chain, "Never Answers Trust");
        assertThat(author.post("/api/supply-chains/" + chain + "/acceptance", "")
                        .status())
                .isEqualTo(200);
        for (ApiClient decliner : new ApiClient[] {firstDecliner, secondDecliner}) {
            assertThat(decliner.post("/api/supply-chains/" + chain + "/declination", "{\"reason\": \"No capacity\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(removed.post("/api/supply-chains/" + chain + "/acceptance", "")
                        .status())
                .isEqualTo(200);
        assertThat(lead.post(
                                "/api/supply-chains/" + chain + "/partners/" + organisationId(removed) + "/removal",
                                "{\"reason\": \"Service ended\"}")
                        .status())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(30));

        String id = author.post(
                        "/api/concerns",
                        """
                {"chainId": "%s", "category": "UNFAIR_TERMS", "details": "Risk transfer doubled without notice."}"""
                                .formatted(chain))
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        PortalClient browser = portal.newBrowser();
        browser.signIn(stewardEmail, Accounts.PASSWORD);
        assertThat(browser.get("/concerns").body())
                .contains("This chain has fewer than three partners", "name=\"smallChainWeighed\"");
        HttpAnswer unweighed = steward.post(
                "/api/concerns/" + id + "/statements",
                "{\"statement\": \"Please review your terms.\", \"smallChainWeighed\": false}");
        assertThat(unweighed.status()).isEqualTo(422);
        assertThat(unweighed.body()).contains("\"field\":\"smallChainWeighed\"");
        assertThat(lead.get("/api/concerns/matters").body()).doesNotContain("Please review your terms.");

        assertThat(steward.post(
                                "/api/concerns/" + id + "/statements",
                                "{\"statement\": \"Please review your terms.\", \"smallChainWeighed\": true}")
                        .status())
                .isEqualTo(200);
        assertThat(lead.get("/api/concerns/matters").body()).contains("Please review your terms.");
    }

    private ApiClient invited(ApiClient lead, String chain, String name) {
        ApiClient provider =
                providers.approve(EoiAnswersJson.complete(name, "accommodation", "women", "region-north-east"));
        assertThat(lead.post(
                                "/api/supply-chains/" + chain + "/invitations",
                                "{\"partnerId\": \"" + organisationId(provider) + "\", \"message\": \"Join us\"}")
                        .status())
                .isEqualTo(200);
        return provider;
    }

    private static String organisationId(ApiClient client) {
        return client.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([^\"]+)\".*", "$1");
    }
}
