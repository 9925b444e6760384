package uk.gov.justice.marketplace.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * DOMAIN.md journey 2's search step in a real browser: a lead provider in Wales searches "women accommodation" in
 * South Wales with evidence of outcomes, finds the provider that fits, reads its page and shortlists it for a bid.
 */
@MarketplaceTest
class Journey2SearchBrowserTest implements FreshDatabase {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    Portal portal;

    private Browser browser;

    @BeforeAll
    void aRegisterAndABrowser() {
        providers.approve(EoiAnswersJson.complete(
                "Cardiff Women's Housing", "womens-services, accommodation", "women", "region-wales"));
        providers.approve(
                EoiAnswersJson.complete("Gwent Women's Centre", "womens-services, accommodation", "women", "gwent"));
        providers.approve(
                EoiAnswersJson.complete("Swansea Bay Recovery", "drugs-alcohol", "mental-health-needs", "south-wales"));
        Map<String, String> valleys = EoiAnswersJson.complete(
                "Valleys Women's Aid", "womens-services, accommodation", "women", "south-wales");
        valleys.put("evidence", """
                {"caseStudies": "Refuge places for women in the valleys."}""");
        providers.approve(valleys);
        String steward = portal.api(accounts.tokenFor(accounts.steward()))
                .get("/api/search/health")
                .body();
        assertThat(steward).contains("\"engine\":\"lucene\"");
        browser = Browser.open(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_lead_provider_finds_women_accommodation_in_south_wales_with_outcomes_and_shortlists_it() {
        String lead = accounts.leadProvider("Cymru Rehabilitation Partnership");
        browser.visit("/language?lang=en&returnTo=/sign-in");
        browser.fillIn("Email address", lead)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
        browser.clickLink("Shortlists");
        browser.fillIn("Name", "South Wales women's bid 2027").clickButton("Start shortlist");
        assertThat(browser.text()).contains("South Wales women's bid 2027", "No providers on this shortlist yet.");
        assertThat(browser.accessibilityViolations()).as("shortlists").isEmpty();

        browser.visit("/dashboard");
        browser.clickLink("Search for providers");
        Eventually.within(
                Duration.ofSeconds(5), () -> browser.visit("/search").text().contains("4 providers found"));
        assertThat(browser.accessibilityViolations()).as("search").isEmpty();
        browser.fillIn("Search words", "women accommodation")
                .select("Area", "South Wales")
                .choose("Evidence and language", "Has outcome evidence")
                .clickButton("Apply filters");

        assertThat(browser.text())
                .contains("1 providers found", "Cardiff Women's Housing")
                .doesNotContain("Valleys Women's Aid", "Gwent Women's Centre", "Swansea Bay Recovery");
        assertThat(browser.text()).contains("Housing and support for 40 women leaving custody.");
        assertThat(browser.accessibilityViolations()).as("search results").isEmpty();

        browser.clickButton("Add Cardiff Women's Housing");
        assertThat(browser.text()).contains("Added to your shortlist", "Cardiff Women's Housing");
        browser.clickLink("Cardiff Women's Housing");
        assertThat(browser.heading()).isEqualTo("Cardiff Women's Housing");
        assertThat(browser.text()).contains("eleri@example.org", "212", "21.5%", "29.0%");
        assertThat(browser.accessibilityViolations()).as("provider page").isEmpty();

        browser.visit("/shortlists");
        assertThat(browser.text()).contains("South Wales women's bid 2027", "Cardiff Women's Housing");
    }
}
