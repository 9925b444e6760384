package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/** A provider in Wales uses the portal in a real browser, in English and then in Welsh. */
@MarketplaceTest
class SigningInAndSwitchingToWelshBrowserTest implements FreshDatabase {

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

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
    void a_provider_signs_in_switches_to_welsh_sees_the_welsh_dashboard_and_signs_out() {
        String email = accounts.providerAdmin("Gwent Women's Centre");

        // The start page in English, then sign in
        browser.visit("/language?lang=en&returnTo=/");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.bodyClasses())
                .as("GOV.UK Frontend's script ran under the CSP")
                .contains("js-enabled", "govuk-frontend-supported");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickLink("Sign in to your account");
        assertThat(browser.heading()).isEqualTo("Sign in");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // A wrong password first: the error summary, still accessible
        browser.fillIn("Email address", email)
                .fillIn("Password", "not my password")
                .clickButton("Sign in");
        assertThat(browser.text()).contains("There is a problem", "Enter a correct email address and password");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // The right one: the provider's dashboard
        browser.fillIn("Email address", email)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.heading()).isEqualTo("Your provider account");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // Cymraeg: the same page, every word in Welsh
        browser.clickLink("Cymraeg");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.language()).isEqualTo("cy");
        assertThat(browser.heading()).isEqualTo("Eich cyfrif darparwr");
        assertThat(browser.text())
                .contains("Rheoli defnyddwyr", "Allgofnodi", "Gwent Women's Centre")
                .doesNotContain("Manage users", "Sign out");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // Allgofnodi: signed out, still in Welsh
        browser.clickButton("Allgofnodi");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Marchnad ar gyfer Gwasanaethau Adsefydlu");
        browser.visit("/dashboard");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.heading()).isEqualTo("Mewngofnodi");
    }

    @Test
    void the_other_pages_that_exist_pass_the_accessibility_check() {
        String steward = accounts.steward();
        browser.visit("/language?lang=en&returnTo=/sign-in");
        browser.fillIn("Email address", steward)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");

        for (String path : new String[] {
            "/providers",
            "/organisations",
            "/organisation/users",
            "/account/api-tokens",
            "/audit",
            "/accessibility",
            "/cookies",
            "/privacy",
            "/no-such-page"
        }) {
            browser.visit(path);
            assertThat(browser.accessibilityViolations()).as(path).isEmpty();
        }
        browser.clickButton("Sign out");
        browser.visit("/register");
        browser.clickButton("Create account");
        assertThat(browser.text()).contains("There is a problem", "Enter your organisation's name");
        assertThat(browser.accessibilityViolations()).as("register with errors").isEmpty();
    }

    @Test
    void the_accessibility_check_catches_a_field_without_a_label() {
        browser.visit("/register");
        browser.runScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\">')");

        assertThat(browser.accessibilityViolations()).contains("label");
    }
}
