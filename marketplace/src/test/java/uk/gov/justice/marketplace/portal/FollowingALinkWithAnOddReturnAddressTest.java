package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** A mangled or hostile link (a tab, a space, a control character in returnTo) lands on a safe page, never a 500. */
@MarketplaceTest
class FollowingALinkWithAnOddReturnAddressTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @ParameterizedTest
    @ValueSource(
            strings = {"/dashboard\tx", "/organisation users", "/audit\r\nSet-Cookie: x=1", "/caf\u00e9", "/\u2028x"})
    void signing_in_goes_to_the_dashboard(String returnTo) {
        PortalClient browser = portal.newBrowser();
        browser.get("/sign-in");

        HttpAnswer signedIn = browser.post(
                "/sign-in",
                Map.of(
                        "email",
                        accounts.providerAdmin("Gwent Women's Centre"),
                        "password",
                        Accounts.PASSWORD,
                        "returnTo",
                        returnTo));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/dashboard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2Fproviders%09x", "%2Fproviders%20x", "%2F%0D%0Ax"})
    void switching_language_goes_to_the_start_page(String returnTo) {
        HttpAnswer switched = portal.newBrowser().get("/language?lang=cy&returnTo=" + returnTo);

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo("/");
    }

    @ParameterizedTest
    @CsvSource({"%2Fproviders%09x, /providers", "%2Fdashboard%20x, /dashboard"})
    void the_sign_in_page_itself_opens(String returnTo, String refusedPath) {
        HttpAnswer page = portal.newBrowser().get("/sign-in?returnTo=" + returnTo);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("value=\"" + refusedPath);
    }
}
