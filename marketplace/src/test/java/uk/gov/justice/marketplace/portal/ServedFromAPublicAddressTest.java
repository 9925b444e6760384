package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * Deployed at a public address and nobody set MARKETPLACE_SESSION_SECURE_COOKIES: the session cookie still never
 * travels over plain HTTP and browsers are told to use HTTPS only. (The test itself talks to it over loopback.)
 */
@MarketplaceTest
class ServedFromAPublicAddressTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.web.public-url", "https://marketplace.example.gov.uk");
        return properties;
    }

    @Test
    void the_session_cookie_is_secure_and_hsts_is_sent() {
        HttpAnswer signIn = portal.newBrowser().get("/sign-in");

        List<String> cookies = signIn.raw().headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(
                        c -> assertThat(c).startsWith("MARKETPLACE_SESSION=").containsIgnoringCase("; Secure"));
        assertThat(signIn.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    void the_language_cookie_is_secure_too() {
        HttpAnswer switched = portal.newBrowser().get("/language?lang=cy");

        assertThat(switched.raw().headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("marketplace_lang=cy").containsIgnoringCase("; Secure"));
    }
}
