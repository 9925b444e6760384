package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** Tokens configured to last two seconds, so a test can watch one expire. */
@MarketplaceTest
@Property(name = "marketplace.api-tokens.valid-for", value = "2s")
class ExpiringApiTokensTest implements FreshDatabase {

    private static final Pattern TOKEN = Pattern.compile("mrs_[A-Za-z0-9_-]{20,}");

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void a_token_answers_401_once_it_has_expired_and_its_page_says_so() throws InterruptedException {
        PortalClient browser = portal.newBrowser();
        browser.signIn(accounts.providerMember("Gwent Women's Centre"), Accounts.PASSWORD);
        browser.get("/account/api-tokens");
        HttpAnswer made = browser.post("/account/api-tokens", Map.of("name", "nightly report"));
        assertThat(made.body()).contains("It stops working on", "Expires");
        Matcher matcher = TOKEN.matcher(made.body());
        assertThat(matcher.find()).isTrue();
        ApiClient api = portal.api(matcher.group());
        assertThat(api.get("/api/me").status()).isEqualTo(200);

        Thread.sleep(2_500);

        HttpAnswer expired = api.get("/api/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(browser.get("/account/api-tokens").body())
                .contains("Expired")
                .doesNotContain("/revoke");
    }
}
