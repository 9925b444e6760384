package uk.gov.justice.marketplace.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
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

/** A lead provider's shortlists through the API: its own, register providers only, audited. */
@MarketplaceTest
class KeepingShortlistsTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private ApiClient lead;
    private String approvedId;
    private String pendingId;

    @BeforeAll
    void aRegister() {
        approvedId = organisationOf(
                providers.approve(EoiAnswersJson.complete("Listed Trust", "accommodation", "women", "gwent")));
        pendingId = organisationOf(
                providers.sent(EoiAnswersJson.complete("Unlisted Trust", "accommodation", "women", "gwent")));
        lead = portal.api(accounts.tokenFor(accounts.leadProvider("Northern Pathways Partnership")));
    }

    @Test
    void a_lead_provider_keeps_a_named_shortlist_of_register_providers() {
        String id = created(lead.post("/api/shortlists", "{\"name\": \"Tyne and Wear bid\"}"));

        assertThat(lead.post("/api/shortlists/" + id + "/providers", "{\"providerId\": \"" + approvedId + "\"}")
                        .status())
                .isEqualTo(204);
        assertThat(lead.post("/api/shortlists/" + id + "/providers", "{\"providerId\": \"" + approvedId + "\"}")
                        .status())
                .as("adding twice changes nothing")
                .isEqualTo(204);

        String lists = lead.get("/api/shortlists").body();
        assertThat(lists).contains("Tyne and Wear bid", "Listed Trust").containsOnlyOnce(approvedId);
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .get("/api/audit?action=shortlist.")
                        .body())
                .contains("shortlist.created", "shortlist.provider-added");
        assertThat(lead.delete("/api/shortlists/" + id + "/providers/" + approvedId)
                        .status())
                .isEqualTo(204);
        assertThat(lead.get("/api/shortlists").body()).doesNotContain("Listed Trust");
    }

    @Test
    void only_register_providers_on_your_own_lists_and_only_for_buyers() {
        String id = created(lead.post("/api/shortlists", "{\"name\": \"Careful bid\"}"));

        assertRefused(
                lead.post("/api/shortlists/" + id + "/providers", "{\"providerId\": \"" + pendingId + "\"}"),
                422,
                "providerId");
        assertRefused(lead.post("/api/shortlists", "{\"name\": \"careful BID\"}"), 422, "name");
        assertRefused(lead.post("/api/shortlists", "{\"name\": \"  \"}"), 422, "name");
        ApiClient rival = portal.api(accounts.tokenFor(accounts.leadProvider("Rival Partnership")));
        assertRefused(
                rival.post("/api/shortlists/" + id + "/providers", "{\"providerId\": \"" + approvedId + "\"}"),
                404,
                "shortlist");
        assertThat(rival.get("/api/shortlists").body()).doesNotContain("Careful bid");
        ApiClient charity = portal.api(accounts.tokenFor(accounts.providerAdmin("A Small Charity")));
        assertThat(charity.get("/api/shortlists").status()).isEqualTo(403);
    }

    private static void assertRefused(HttpAnswer answer, int status, String field) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    private static String created(HttpAnswer answer) {
        assertThat(answer.status()).isEqualTo(201);
        return answer.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private static String organisationOf(ApiClient provider) {
        return provider.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
