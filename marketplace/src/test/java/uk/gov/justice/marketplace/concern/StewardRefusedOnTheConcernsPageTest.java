package uk.gov.justice.marketplace.concern;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * The steward works a concern in the portal and leaves something out: the page comes back with the GOV.UK error
 * summary linking to the field, and what the steward typed is still there to finish rather than type again.
 */
@MarketplaceTest
class StewardRefusedOnTheConcernsPageTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private String concern;
    private PortalClient steward;
    private ApiClient partner;
    private String chain;

    @BeforeAll
    void aConcernFromAChainOfOnePartner() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Northern Pathways Partnership")));
        chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Tyne and Wear resettlement", "area": "region-north-east", "purpose": "LIVE_CONTRACT",
                 "contractValue": {"amount": 2000000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        partner = providers.approve(
                EoiAnswersJson.complete("Tyneside Housing Pathways", "accommodation", "women", "region-north-east"));
        String partnerId = partner.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([^\"]+)\".*", "$1");
        lead.post(
                "/api/supply-chains/" + chain + "/invitations",
                "{\"partnerId\": \"" + partnerId + "\", \"message\": \"Join us\"}");
        partner.post("/api/supply-chains/" + chain + "/acceptance", "");
        concern = partner.post(
                        "/api/concerns",
                        """
                {"chainId": "%s", "category": "LATE_PAYMENT", "details": "Invoices paid 74 days late."}"""
                                .formatted(chain))
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String stewardEmail = accounts.steward();
        steward = portal.newBrowser();
        steward.signIn(stewardEmail, Accounts.PASSWORD);
        steward.get("/concerns");
    }

    @Test
    void a_statement_not_yet_weighed_comes_back_with_the_statement_as_typed() {
        HttpAnswer refused = steward.post(
                "/concerns/" + concern + "/statements",
                Map.of("text", "Please confirm your payment run dates for the last quarter."));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#weighed-" + concern + "\"",
                        "id=\"weighed-" + concern + "-error\"",
                        "Please confirm your payment run dates for the last quarter.");
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .get("/api/concerns")
                        .body())
                .contains("\"status\":\"RAISED\"");
    }

    @Test
    void a_blank_statement_once_weighed_comes_back_still_weighed() {
        HttpAnswer refused =
                steward.post("/concerns/" + concern + "/statements", Map.of("text", " ", "smallChainWeighed", "true"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "href=\"#statement-" + concern + "\"", "Enter the details")
                .containsPattern("id=\"weighed-" + concern + "\"[^>]*checked");
    }

    @Test
    void a_blank_note_or_outcome_is_refused_in_its_own_form_and_nothing_changes() {
        HttpAnswer note = steward.post("/concerns/" + concern + "/actions", Map.of("text", "  "));
        HttpAnswer outcome = steward.post("/concerns/" + concern + "/closure", Map.of("text", ""));

        assertThat(note.status()).isEqualTo(422);
        assertThat(note.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#action-" + concern + "\"",
                        "id=\"action-" + concern + "-error\"")
                .doesNotContain("href=\"#outcome-" + concern + "\"");
        assertThat(outcome.status()).isEqualTo(422);
        assertThat(outcome.body()).contains("govuk-error-summary", "href=\"#outcome-" + concern + "\"");
        assertThat(partner.get("/api/concerns/mine").body()).contains("\"status\":\"RAISED\"");
    }

    @Test
    void a_partner_leaving_out_the_details_keeps_the_chain_and_what_it_is_about() {
        PortalClient browser = portal.newBrowser();
        browser.signIn(
                partner.get("/api/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1"), Accounts.PASSWORD);
        browser.get("/concerns");

        HttpAnswer refused =
                browser.post("/concerns", Map.of("chainId", chain, "category", "UNFAIR_TERMS", "details", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("govuk-error-summary", "href=\"#details\"")
                .containsPattern("value=\"" + chain + "\"\\s+selected")
                .containsPattern("value=\"UNFAIR_TERMS\"\\s+checked");
    }
}
