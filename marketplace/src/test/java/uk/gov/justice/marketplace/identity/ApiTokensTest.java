package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

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

@MarketplaceTest
class ApiTokensTest implements FreshDatabase {

    private static final Pattern TOKEN = Pattern.compile("mrs_[A-Za-z0-9_-]{20,}");

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    /** What a user does: signs in, makes a token on the API tokens page, copies it. */
    private String tokenFor(String email, PortalClient browser) {
        browser.signIn(email, Accounts.PASSWORD);
        browser.get("/account/api-tokens");
        HttpAnswer page = browser.post("/account/api-tokens", Map.of("name", "nightly report"));
        Matcher matcher = TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("the new token shown once").isTrue();
        return matcher.group();
    }

    @Test
    void a_token_calls_the_api_as_its_owner_until_revoked() {
        PortalClient browser = portal.newBrowser();
        String token = tokenFor(accounts.providerAdmin("Gwent Women's Centre"), browser);
        ApiClient api = portal.api(token);

        assertThat(api.get("/api/me").body()).contains("Gwent Women's Centre", "VCSE_PROVIDER");

        String id = browser.get("/account/api-tokens")
                .body()
                .replaceAll("(?s).*/account/api-tokens/([0-9a-f-]{36})/revoke.*", "$1");
        browser.post("/account/api-tokens/" + id + "/revoke", Map.of());
        assertThat(api.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void a_new_token_works_for_ninety_days_and_the_page_and_the_audit_trail_say_until_when() {
        PortalClient browser = portal.newBrowser();
        tokenFor(accounts.providerAdmin("Newport Women's Aid"), browser);
        java.time.LocalDate inNinetyDays =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(90);

        assertThat(browser.get("/account/api-tokens").body()).contains("Expires", inNinetyDays.toString());
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .get("/api/audit?action=api-token.created")
                        .body())
                .contains("nightly report, expires " + inNinetyDays.getYear());
    }

    @Test
    void a_token_name_too_long_is_refused_and_shown_again_as_typed() {
        PortalClient browser = portal.newBrowser();
        browser.signIn(accounts.providerAdmin("Cardiff Recovery Hub"), Accounts.PASSWORD);
        browser.get("/account/api-tokens");
        String typed = "nightly report for the board ".repeat(4);

        HttpAnswer refused = browser.post("/account/api-tokens", Map.of("name", typed));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#name\"", "value=\"" + typed + "\"");
    }

    @Test
    void a_provider_cannot_list_every_organisation() {
        String token = tokenFor(accounts.providerAdmin("Leeds Mentoring Trust"), portal.newBrowser());

        HttpAnswer answer = portal.api(token).get("/api/organisations");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_steward_adds_a_lead_provider_and_gets_the_link_for_its_first_admin() {
        String token = tokenFor(accounts.steward(), portal.newBrowser());
        ApiClient steward = portal.api(token);

        HttpAnswer created = steward.post(
                "/api/organisations",
                """
                {"name": "Cymru Rehabilitation Partnership", "kind": "LEAD_PROVIDER",
                 "adminEmail": "rhys@cymru-rehab.example.org", "adminFullName": "Rhys Davies"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("/invitations/inv_", "rhys@cymru-rehab.example.org");
        assertThat(steward.get("/api/organisations").body()).contains("Cymru Rehabilitation Partnership");
    }

    @Test
    void a_commissioner_needs_its_commissioner_type() {
        String token = tokenFor(accounts.steward(), portal.newBrowser());

        HttpAnswer refused = portal.api(token)
                .post(
                        "/api/organisations",
                        """
                {"name": "Some PCC", "kind": "COMMISSIONER", "adminEmail": "a@pcc.example.org",
                 "adminFullName": "A"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"commissionerType\"");
    }
}
