package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * A probation region's signatory finds the agreement a PCC drafted, signs it in a real browser, and reads it, its
 * history and the forms in English and Welsh; every co-commissioning page passes axe.
 */
@MarketplaceTest
class FundersSigningOffInTheBrowserTest implements FreshDatabase {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    CoCommissioning coCommissioning;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_second_funder_signs_in_the_browser_and_every_page_is_accessible_in_both_languages() {
        Viewer pcc = accounts.viewer(accounts.commissioner("West Yorkshire Mayor's Policing Office"));
        String regionEmail = accounts.commissioner("Probation Service Yorkshire and the Humber");
        Viewer region = accounts.viewer(regionEmail);
        Agreement agreement = coCommissioning.draft(
                pcc,
                "Young adult mentoring",
                Terms.answers(pcc.organisationId(), region.organisationId(), "100000", "60000", "40000"));
        coCommissioning.sign(pcc, agreement.id(), 1, null);

        browser.visit("/language?lang=en&returnTo=/sign-in");
        browser.fillIn("Email address", regionEmail)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
        browser.clickLink("Co-commissioned services");
        assertThat(browser.heading()).isEqualTo("Co-commissioned services");
        assertAccessible("agreements");

        browser.clickLink("Young adult mentoring");
        assertThat(browser.text()).contains("Version 1: waiting for signatures", "Not signed yet");
        assertAccessible("agreement, waiting");
        browser.clickButton("Sign for your organisation");
        assertThat(browser.text()).contains("Version 1 in force since");
        assertAccessible("agreement, in force");

        browser.clickLink("See every version (history)");
        assertAccessible("history");
        browser.clickLink("Back to the agreement").clickLink("Propose a variation");
        assertThat(browser.heading()).isEqualTo("Propose a variation");
        assertAccessible("variation");
        browser.clickButton("Propose the variation");
        assertThat(browser.text()).contains("There is a problem");
        assertAccessible("variation refused");

        browser.visit("/co-commissioning/new");
        browser.clickButton("Draft the agreement");
        assertThat(browser.text()).contains("There is a problem");
        assertAccessible("draft refused");

        browser.visit("/language?lang=cy&returnTo=/co-commissioning/" + agreement.id());
        assertThat(browser.language()).isEqualTo("cy");
        assertThat(browser.text()).contains("Cyllidwyr a chyfraniadau").doesNotContain("Funders and contributions");
        assertAccessible("agreement in Welsh");
        browser.visit("/co-commissioning/" + agreement.id() + "/variation");
        assertThat(browser.heading()).isEqualTo("Cynnig amrywiad");
        assertAccessible("variation in Welsh");
        browser.visit("/co-commissioning");
        assertAccessible("agreements in Welsh");
        browser.visit("/language?lang=en&returnTo=/");
    }

    private void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }
}
