package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Pdfs;

/**
 * DOMAIN.md journey 1 in a real browser: a women's centre in Gwent registers, fills in its Expression of Interest
 * over two sittings, uploads a Justice Data Lab report and sends it; the market steward asks for a change; the
 * centre makes it and sends it again; the steward approves; the centre is in the register for Gwent and for women.
 * Every new page passes the WCAG 2.2 AA check on the way.
 */
@MarketplaceTest
class Journey1BrowserTest implements FreshDatabase {

    private static final String CENTRE = "Gwent Women's Centre";
    private static final String EMAIL = "ceri@gwentwomen.example.org";

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @TempDir
    Path files;

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
    void a_womens_centre_in_gwent_joins_the_register() throws IOException {
        String steward = accounts.steward();
        browser.visit("/language?lang=en&returnTo=/register");

        registersAndSavesADraft();
        comesBackAndFillsInTheRest();
        uploadsItsJusticeDataLabReport();
        sendsIt();

        signIn(steward);
        browser.clickLink("Expressions of Interest to review");
        assertThat(browser.text()).contains(CENTRE);
        assertAccessible("the review queue");
        browser.clickLink(CENTRE);
        assertThat(browser.heading()).isEqualTo(CENTRE);
        assertThat(browser.text()).contains("jdl-report.pdf", "120", "Women's services");
        assertAccessible("the review page");
        browser.fillIn("What needs to change in Evidence", "Please add your outcome figures for accommodation.")
                .choose("Decision", "Ask for changes")
                .fillIn("Reason", "Almost ready: one part needs more detail.")
                .clickButton("Record decision");
        assertThat(browser.text()).contains("Changes requested: the provider has been told what to change");
        browser.clickButton("Sign out");

        makesTheChangeAndSendsItAgain();

        signIn(steward);
        browser.clickLink("Expressions of Interest to review").clickLink(CENTRE);
        browser.choose("Decision", "Approve and publish in the register")
                .fillIn("Reason", "Meets the standard; evidence of outcomes is strong.")
                .clickButton("Record decision");
        assertThat(browser.text()).contains("Approved: the provider is in the register and has been told");
        assertThat(browser.text()).doesNotContain(CENTRE);
        browser.clickButton("Sign out");

        isInTheRegisterForGwentAndForWomen();
    }

    private void registersAndSavesADraft() {
        browser.fillIn("Organisation name", CENTRE)
                .fillIn("Full name", "Ceri Morgan")
                .fillIn("Email address", EMAIL)
                .fillIn("Create a password", Accounts.PASSWORD)
                .fillIn("Confirm your password", Accounts.PASSWORD)
                .clickButton("Create account");
        browser.clickLink("Your Expression of Interest");
        assertThat(browser.heading()).isEqualTo("Your Expression of Interest");
        assertThat(browser.text()).contains("Draft", "Not yet started");
        assertAccessible("the task list");

        browser.clickLink("About your organisation");
        browser.fillIn("Legal name of the organisation", CENTRE)
                .choose("Legal form", "Charitable incorporated organisation")
                .fillIn("Charity or company number", "1187654")
                .fillIn("Registered address", "12 Commercial Street\nNewport\nNP20 1LP")
                .fillIn("Contact name", "Ceri Morgan")
                .fillIn("Contact email address", EMAIL)
                .fillIn("Contact telephone number", "01633 123456")
                .choose("Annual income", "£100,000 to £1 million a year")
                .choose("Number of staff", "10 to 49 staff")
                .choose("Is the organisation a voluntary, community or social enterprise organisation?", "Yes");
        assertAccessible("a part of the form");
        browser.clickButton("Save and continue");
        assertThat(browser.text()).contains("Your answers are saved");
        browser.clickButton("Sign out");
    }

    private void comesBackAndFillsInTheRest() {
        signIn(EMAIL);
        browser.clickLink("Your Expression of Interest");
        assertThat(browser.text()).contains("About your organisation Completed", "Evidence Not yet started");

        browser.clickLink("Exclusion grounds")
                .choose("Do any of the mandatory exclusion grounds apply to the organisation or its directors?", "No")
                .choose("Do any of the discretionary exclusion grounds apply?", "No")
                .clickButton("Save and continue");

        browser.clickLink("Experience, finance, insurance and policies")
                .fillIn("Employer's liability insurance cover", "five million")
                .clickButton("Save and continue");
        assertThat(browser.text())
                .contains("There is a problem", "Employer's liability insurance cover: Check this answer");
        assertAccessible("a part of the form with an error");
        browser.fillIn("Relevant experience", "Women's centre since 2009 working with women on probation in Gwent.")
                .fillIn("Financial standing", "Income £640,000; reserves of four months; accounts filed 2025.")
                .fillIn("Employer's liability insurance cover", "5,000,000")
                .fillIn("Public liability insurance cover", "2000000")
                .choose("Does the organisation have a safeguarding policy?", "Yes")
                .choose("Does the organisation have an equality and diversity policy?", "Yes")
                .choose("Does the organisation have a data protection policy?", "Yes")
                .choose("Does the organisation have a whistleblowing policy?", "Yes")
                .clickButton("Save and continue");

        browser.clickLink("Services and who they are for")
                .choose("Services the organisation offers", "Women's services")
                .choose("Services the organisation offers", "Accommodation")
                .choose("People the services are for", "Women")
                .choose("Can the organisation deliver its services in Welsh?", "Yes")
                .clickButton("Save and continue");

        browser.clickLink("Areas, capacity and risk")
                .choose("Police force areas", "Gwent")
                .choose(
                        "How much of a contract's value would the organisation accept being paid by results?",
                        "Up to 10% of the contract value")
                .clickButton("Save and continue");
        assertThat(browser.heading()).isEqualTo("How many people a year can you work with?");
        browser.fillIn("People a year in Gwent", "60").clickButton("Save and continue");

        browser.clickLink("Evidence")
                .fillIn("Case studies", "A woman leaving HMP Eastwood Park was housed within a week and kept it.")
                .fillIn("Justice Data Lab result 1: number of people in the cohort", "120")
                .fillIn("Justice Data Lab result 1: reoffending rate within a year (%)", "21.5")
                .fillIn("Justice Data Lab result 1: reoffending rate of the matched control group (%)", "29.0")
                .choose("Justice Data Lab result 1: is the difference statistically significant?", "Yes")
                .clickButton("Save and continue");
        assertThat(browser.text()).doesNotContain("Not yet started", "In progress");
    }

    private void uploadsItsJusticeDataLabReport() throws IOException {
        Path report = Files.write(files.resolve("jdl-report.pdf"), Pdfs.justiceDataLabReport());
        Path notAPdf = Files.writeString(files.resolve("minutes.pdf"), "Board minutes, not a PDF at all");
        browser.clickLink("Evidence files");
        browser.attach("Upload a file", notAPdf).clickButton("Upload file");
        assertThat(browser.text()).contains("There is a problem", "The selected file must be a PDF");
        assertAccessible("the upload page with an error");
        browser.attach("Upload a file", report).clickButton("Upload file");
        assertThat(browser.text()).contains("File uploaded: jdl-report.pdf").doesNotContain("minutes.pdf");
        browser.clickLink("Back to your Expression of Interest");
    }

    private void sendsIt() {
        browser.clickLink("Check your answers and send");
        assertThat(browser.text()).contains("1187654", "Accommodation, Women's services", "Gwent", "60");
        assertAccessible("check your answers");
        browser.clickButton("Send to the market steward");
        assertThat(browser.text())
                .contains("Your Expression of Interest has been sent to the market steward", "With the market steward");
        browser.clickButton("Sign out");
    }

    private void makesTheChangeAndSendsItAgain() {
        signIn(EMAIL);
        assertThat(browser.text()).contains("The market steward has asked for changes to your Expression of Interest");
        browser.clickLink("Your Expression of Interest");
        assertThat(browser.text())
                .contains(
                        "Changes requested",
                        "Almost ready: one part needs more detail.",
                        "Please add your outcome figures for accommodation.");
        browser.clickLink("Evidence")
                .fillIn("Outcome figures", "78% of women housed were still in settled accommodation at 6 months.")
                .clickButton("Save and continue");
        browser.clickLink("Check your answers and send");
        assertThat(browser.text()).contains("78% of women housed");
        browser.clickButton("Send to the market steward");
        assertThat(browser.text()).contains("With the market steward");
        browser.clickButton("Sign out");
    }

    private void isInTheRegisterForGwentAndForWomen() {
        browser.visit("/providers");
        browser.select("Area", "Gwent").clickButton("Apply filter");
        assertThat(browser.text()).contains(CENTRE);
        browser.select("Area", "Any").select("Who it is for", "Women").clickButton("Apply filter");
        assertThat(browser.text()).contains(CENTRE);
        browser.select("Who it is for", "Veterans").clickButton("Apply filter");
        assertThat(browser.text()).doesNotContain(CENTRE);
    }

    private void signIn(String email) {
        browser.visit("/sign-in");
        browser.fillIn("Email address", email)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
    }

    private void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }
}
