package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * In a real browser, with axe on every rate-card page in English and Welsh: a provider on the register adds a
 * mentoring service from its dashboard, prices it from today and publishes it; its public page shows the price
 * history; the steward's guide-price page takes a guide price and shows a refusal with the error summary.
 */
@MarketplaceTest
class ProviderPublishingAServiceBrowserTest implements FreshDatabase {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures fixtures;

    @Inject
    Clock clock;

    private Browser browser;
    private String provider;
    private String steward;

    @BeforeAll
    void aProviderOnTheRegister() {
        provider = fixtures.mentoringProvider("Bradford Young Adults Mentoring").me("email");
        steward = accounts.steward();
        browser = Browser.open(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_provider_publishes_a_priced_service_and_every_page_is_accessible_in_english_and_welsh() {
        signIn(provider);
        browser.visit("/dashboard").clickLink("Your rate card");
        assertAccessible("your rate card");
        browser.clickLink("Add a service");
        assertAccessible("a new service");
        browser.clickButton("Save the details");
        assertThat(browser.text()).contains("There is a problem", "Choose what one unit is");
        assertAccessible("a new service refused");
        browser.select("Speciality", "Mentoring")
                .choose("What one unit is", "Session")
                .fillIn("Name of the service in English", "Mentoring for young adults in Bradford")
                .fillIn("Name of the service in Welsh", "Mentora i oedolion ifanc yn Bradford")
                .fillIn("What the service does, in English", "Weekly sessions with a mentor.")
                .fillIn("What the service does, in Welsh", "Sesiynau wythnosol gyda mentor.")
                .choose("Who the service is for", "Young adults (18 to 25)")
                .choose("Capacity is counted per", "Month")
                .select("Area 1", "West Yorkshire")
                .fillIn("Units you can deliver each period in area 1", "20")
                .fillIn("Fewest units one order may buy", "2")
                .fillIn("Lead time in working days", "5")
                .choose("Is the service delivered in Welsh?", "No")
                .clickButton("Save the details");
        assertThat(browser.text()).contains("Service saved as a draft", "Draft");
        assertAccessible("a drafted service");

        LocalDate today = LocalDate.now(clock);
        browser.fillIn("Unit price, excluding VAT", "45")
                .choose("How VAT applies", "Exempt from VAT")
                .fillInDate(
                        "Applies from",
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()))
                .clickButton("Set this price");
        assertThat(browser.text()).contains("New price saved", "£45.00");
        browser.clickButton("Publish the service");
        assertThat(browser.text()).contains("Service published");
        assertAccessible("a published service");

        browser.clickLink("See the service as buyers see it");
        assertThat(browser.heading()).isEqualTo("Mentoring for young adults in Bradford");
        assertThat(browser.text()).contains("Every price of this service", "£45.00", "West Yorkshire");
        assertAccessible("the public service page");
        String page = browser.path();
        browser.visit("/language?lang=cy&returnTo=" + page);
        assertThat(browser.language()).isEqualTo("cy");
        assertThat(browser.heading()).isEqualTo("Mentora i oedolion ifanc yn Bradford");
        assertThat(browser.text()).contains("Pob pris y gwasanaeth hwn", "Gorllewin Swydd Efrog");
        assertAccessible("the public service page in Welsh");
        browser.visit("/rate-card/services/mine");
        assertThat(browser.heading()).isEqualTo("Eich cerdyn cyfraddau");
        assertAccessible("your rate card in Welsh");
        browser.clickButton("Allgofnodi");
    }

    @Test
    void the_steward_sets_a_guide_price_on_an_accessible_page_in_english_and_welsh() {
        signIn(steward);
        browser.visit("/dashboard").clickLink("Guide prices");
        assertAccessible("guide prices");
        browser.clickButton("Save the guide price");
        assertThat(browser.text()).contains("There is a problem");
        assertAccessible("guide prices refused");
        browser.select("Speciality", "Mentoring")
                .select("What one unit is", "Session")
                .fillIn("Guide price per unit, excluding VAT", "40")
                .fillIn("Why you are setting this guide price", "Contracts let in 2025-26")
                .clickButton("Save the guide price");
        assertThat(browser.text()).contains("Guide price saved", "£40.00", "Contracts let in 2025-26");
        browser.visit("/language?lang=cy&returnTo=/rate-card/guide-prices");
        assertThat(browser.heading()).isEqualTo("Prisiau canllaw");
        assertAccessible("guide prices in Welsh");
        browser.clickButton("Allgofnodi");
    }

    private void signIn(String email) {
        browser.visit("/language?lang=en&returnTo=/sign-in");
        browser.fillIn("Email address", email)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
    }

    private void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }
}
