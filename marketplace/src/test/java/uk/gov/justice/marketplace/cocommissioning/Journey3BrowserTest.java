package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * Journey 3 (DOMAIN.md section 6) in a real browser, with axe on every page in English and Welsh: West Yorkshire's
 * mayor (PCC functions) and the Probation Service's Yorkshire and the Humber region co-commission mentoring for
 * young adults in West Yorkshire, 60/40 from a pool; the provider's published rate-card service is ordered from
 * the pool, accepted, delivered, invoiced and confirmed; spend is reported 60/40 with its CSV and chart; after the
 * PCC raises its contribution by a variation both sign, later spend follows the new split and earlier spend stays.
 */
@MarketplaceTest
class Journey3BrowserTest implements FreshDatabase {

    private static final String SERVICE = "Mentoring for young adults in West Yorkshire";
    private static final String AGREEMENT = "Young adult mentoring in West Yorkshire";

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures fixtures;

    @Inject
    Portal portal;

    @Inject
    Clock clock;

    private Browser browser;
    private String provider;
    private String pcc;
    private String region;
    private String year;

    @BeforeAll
    void theFundersAndAProviderOnTheRegister() {
        provider = fixtures.mentoringProvider("Leeds Young Adults Mentoring").me("email");
        pcc = accounts.commissioner("West Yorkshire Mayor's Policing Office");
        region = accounts.commissioner("Probation Service Yorkshire and the Humber");
        year = FinancialYear.containing(LocalDate.now(clock)).toString();
        browser = Browser.open(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void
            two_funders_pool_a_mentoring_budget_order_from_the_rate_card_and_read_their_spend_split_by_the_version_in_force() {
        String service = theProviderPublishesItsMentoringService();

        signIn(pcc);
        browser.clickLink("Co-commissioned services").clickLink("Draft an agreement");
        browser.fillIn("Name of the agreement", AGREEMENT)
                .select("Host commissioner", "West Yorkshire Mayor's Policing Office")
                .choose("How the money is held", "Pooled: one budget held by the host")
                .fillIn("Financial year", year)
                .fillIn("Total for the year", "100000")
                .select("Area served", "West Yorkshire")
                .fillIn("Rate-card services bought", service)
                .choose("How overspend and underspend are shared", "Pro rata to contributions")
                .select("Funder", 1, "West Yorkshire Mayor's Policing Office")
                .fillIn("Contribution in pounds", 1, "60000")
                .fillIn("The funder's plan (optional)", 1, "Police and Crime Plan 2025-29")
                .fillIn("A local priority it serves, in English (optional)", 1, "Fewer young adults reoffending")
                .fillIn("The same priority, in Welsh", 1, "Llai o oedolion ifanc yn aildroseddu")
                .select("Funder", 2, "Probation Service Yorkshire and the Humber")
                .fillIn("Contribution in pounds", 2, "40000")
                .clickButton("Draft the agreement");
        assertThat(browser.heading()).isEqualTo(AGREEMENT);
        assertThat(browser.text()).contains("Version 1: waiting for signatures", "£60,000.00 60%", "£40,000.00 40%");
        assertAccessible("a drafted agreement");
        browser.clickButton("Sign for your organisation");
        signOut();
        signBy(region, "Version 1 in force since");

        signIn(pcc);
        orderTenSessionsFromThePool(true);
        theProviderAcceptsDeliversAndInvoices();
        signIn(pcc);
        confirmTheInvoice();

        browser.visit("/dashboard").clickLink("Co-commissioned services").clickLink(AGREEMENT);
        browser.clickLink("See the spend report for this agreement");
        assertThat(browser.heading()).contains(year);
        assertThat(browser.text())
                .contains("Your organisation", "£510.00", "All funders", "£850.00", "West Yorkshire")
                .doesNotContain("west-yorkshire");
        assertThat(browser.pageSource()).contains("role=\"img\"", "<title id=\"spend-chart-title\">");
        assertAccessible("spend report");
        assertThat(csv(pcc)).contains("yours,,60000", "spent", "510.00");
        inWelsh(browser.path(), "the spend report");
        assertThat(browser.text()).contains("Eich sefydliad", "Gorllewin Swydd Efrog");
        browser.visit("/language?lang=en&returnTo=/dashboard");

        browser.visit("/dashboard").clickLink("Co-commissioned services").clickLink(AGREEMENT);
        browser.clickLink("Propose a variation");
        browser.fillIn("Why the agreement is being varied", "The PCC raises its contribution")
                .fillIn("Total for the year", "120000")
                .fillIn("Contribution in pounds", 1, "80000")
                .clickButton("Propose the variation");
        assertThat(browser.text()).contains("Version 2: waiting for signatures");
        browser.clickButton("Sign for your organisation");
        signOut();
        signBy(region, "Version 2 in force since");

        signIn(pcc);
        orderTenSessionsFromThePool(false);
        theProviderAcceptsDeliversAndInvoices();
        signIn(pcc);
        confirmTheInvoice();

        // 510 + 566.67 (850 at 80/120) for the PCC: the first invoice keeps its 60/40
        browser.visit("/dashboard").clickLink("Co-commissioned services").clickLink(AGREEMENT);
        browser.clickLink("See the spend report for this agreement");
        assertThat(browser.text()).contains("£80,000.00", "£1,076.67", "£1,700.00");
        assertThat(csv(pcc)).contains("1076.67");
        signOut();
        signIn(region);
        browser.clickLink("Co-commissioned services").clickLink(AGREEMENT);
        browser.clickLink("See the spend report for this agreement");
        // 340 + 283.33 (850 at 40/120) for the region
        assertThat(browser.text()).contains("£40,000.00", "£623.33", "£1,700.00");
        assertThat(csv(region)).contains("623.33");
        assertAccessible("the region's spend report");
        signOut();
    }

    /** Answers the service's reference, as its pages show it, for the funders' agreement to name. */
    private String theProviderPublishesItsMentoringService() {
        signIn(provider);
        browser.clickLink("Your rate card").clickLink("Add a service");
        browser.select("Speciality", "Mentoring")
                .choose("What one unit is", "Session")
                .fillIn("Name of the service in English", SERVICE)
                .fillIn("Name of the service in Welsh", "Mentora i oedolion ifanc yng Ngorllewin Swydd Efrog")
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
        LocalDate today = LocalDate.now(clock);
        browser.fillIn("Unit price, excluding VAT", "85")
                .choose("How VAT applies", "Exempt from VAT")
                .fillInDate(
                        "Applies from",
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()))
                .clickButton("Set this price")
                .clickButton("Publish the service");
        assertThat(browser.text()).contains("Service published");
        String service = browser.path().replaceAll(".*/rate-card/services/([0-9a-f-]{36}).*", "$1");
        browser.visit("/rate-card/services/" + service);
        assertThat(browser.text()).contains("Service reference", service);
        signOut();
        return service;
    }

    /** The first time, every page on the way is checked with axe in English and Welsh. */
    private void orderTenSessionsFromThePool(boolean checkEveryPage) {
        browser.visit("/dashboard").clickLink("Orders");
        if (checkEveryPage) {
            assertAccessible("orders");
            browser.clickLink("See your budgets, including co-commissioned pools");
            assertThat(browser.text()).contains(AGREEMENT, "Co-commissioned", "£100,000.00");
            assertAccessible("budgets");
            inWelsh("/budgets", "budgets");
            inWelsh("/orders", "orders");
            browser.visit("/language?lang=en&returnTo=/orders");
        }
        browser.clickLink("Find a service on the rate card to order");
        Eventually.within(Duration.ofSeconds(10), () -> {
            browser.fillIn("Search words", "mentoring")
                    .select("Area", "West Yorkshire")
                    .clickButton("Apply filters");
            return browser.text().contains(SERVICE);
        });
        if (checkEveryPage) {
            assertAccessible("rate-card search");
            browser.tick("Compare " + SERVICE).clickButton("Compare chosen services");
            assertThat(browser.text()).contains(SERVICE, "£85.00");
            assertAccessible("compare");
            inWelsh(browser.path() + "?" + query(browser), "compare");
            inWelsh("/rate-card?text=mentoring&area=west-yorkshire", "rate-card search");
            browser.visit("/language?lang=en&returnTo=/rate-card?text=mentoring%26area=west-yorkshire");
        }
        browser.clickLink(SERVICE);
        assertThat(browser.text()).contains("£85.00", "Leeds Young Adults Mentoring");
        if (checkEveryPage) {
            assertAccessible("service");
            inWelsh(browser.path(), "service");
            assertThat(browser.text()).contains("Archebu'r gwasanaeth hwn");
            browser.visit("/language?lang=en&returnTo=" + browser.path());
        }
        browser.clickLink("Order this service");
        if (checkEveryPage) {
            assertAccessible("a new order");
            browser.clickButton("Place the order");
            assertThat(browser.text()).contains("There is a problem");
            assertAccessible("a new order refused");
            browser.visit("/language?lang=cy&returnTo=/orders/new");
            assertThat(browser.language()).isEqualTo("cy");
            assertAccessible("a new order in Welsh");
            browser.visit("/language?lang=en&returnTo=/orders");
            browser.clickLink("Find a service on the rate card to order");
            browser.fillIn("Search words", "mentoring").clickButton("Apply filters");
            browser.clickLink(SERVICE).clickLink("Order this service");
        }
        browser.select("Area", "West Yorkshire")
                .fillIn("Period", YearMonth.now(clock).toString())
                .fillIn("Units", "10")
                .selectStartingWith("Budget", year + " " + AGREEMENT)
                .clickButton("Place the order");
        assertThat(browser.text()).contains("Sent to the provider", "£850.00");
        if (checkEveryPage) {
            assertAccessible("an order");
            inWelsh(browser.path(), "an order");
            browser.visit("/language?lang=en&returnTo=/dashboard");
        }
        signOut();
    }

    private void theProviderAcceptsDeliversAndInvoices() {
        signIn(provider);
        browser.clickLink("Orders for your services");
        assertAccessible("orders for the provider's services");
        browser.clickLink(SERVICE).clickButton("Accept the order");
        assertThat(browser.text()).contains("Accepted");
        browser.fillIn("Units delivered", "10").clickButton("Record delivery");
        browser.fillIn("Units to invoice", "10").clickButton("Raise an invoice");
        assertThat(browser.text()).contains("Awaiting confirmation");
        assertAccessible("an invoiced order, provider");
        signOut();
    }

    private void confirmTheInvoice() {
        browser.clickLink("Orders");
        browser.clickLink(SERVICE);
        assertAccessible("an invoice to confirm");
        browser.clickButton("Confirm the invoice");
        assertThat(browser.text()).contains("Confirmed");
    }

    private void signBy(String signatory, String inForce) {
        signIn(signatory);
        browser.clickLink("Co-commissioned services").clickLink(AGREEMENT);
        browser.clickButton("Sign for your organisation");
        assertThat(browser.text()).contains(inForce);
        assertAccessible("an agreement signed by both");
        signOut();
    }

    /** The CSV the page links to, read with the same person's session (a browser would save it as a file). */
    private String csv(String email) {
        Matcher href = Pattern.compile("href=\"(/co-commissioning/[^\"]+/spend\\.csv[^\"]*)\"")
                .matcher(browser.pageSource());
        assertThat(href.find()).as("a CSV link on the spend page").isTrue();
        return portal.signedIn(email)
                .download(href.group(1).replace("&amp;", "&"))
                .body();
    }

    private static String query(Browser browser) {
        String source = browser.pageSource();
        Matcher service =
                Pattern.compile("name=\"service\" value=\"([0-9a-f-]{36})\"").matcher(source);
        return service.find() ? "service=" + service.group(1) : "";
    }

    private void inWelsh(String path, String page) {
        browser.visit("/language?lang=cy&returnTo=" + path.replace("&", "%26"));
        assertThat(browser.language()).isEqualTo("cy");
        assertAccessible(page + " in Welsh");
    }

    private void signIn(String email) {
        browser.visit("/language?lang=en&returnTo=/sign-in");
        browser.fillIn("Email address", email)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
    }

    private void signOut() {
        browser.visit("/language?lang=en&returnTo=/dashboard").clickButton("Sign out");
    }

    private void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }
}
