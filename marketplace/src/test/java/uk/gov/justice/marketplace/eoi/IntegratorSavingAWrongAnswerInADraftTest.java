package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * A new integrator's draft: answers left out wait for submission, but an answer given wrong (an area code that does
 * not exist, a 10,000-character legal name) is refused when the part is saved, naming the field, and nothing
 * already saved is lost.
 */
@MarketplaceTest
class IntegratorSavingAWrongAnswerInADraftTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void an_unknown_area_and_an_overlong_legal_name_are_refused_and_the_draft_is_kept() {
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Careful Integrators CIC")));
        assertThat(provider.put("/api/eoi/parts/organisation", EoiAnswersJson.organisation("Careful Integrators CIC"))
                        .status())
                .isEqualTo(200);
        assertThat(provider.put("/api/eoi/parts/coverage", EoiAnswersJson.coverage("gwent"))
                        .status())
                .isEqualTo(200);

        HttpAnswer area = provider.put(
                "/api/eoi/parts/coverage",
                """
                {"areas": ["gwent", "atlantis"], "peoplePerYear": {"gwent": 50, "atlantis": 5}}""");
        HttpAnswer name =
                provider.put("/api/eoi/parts/organisation", "{\"legalName\": \"" + "N".repeat(10_000) + "\"}");

        assertThat(area.status()).isEqualTo(422);
        assertThat(area.contentType()).contains("application/problem+json");
        assertThat(area.body()).contains("\"field\":\"coverage.areas\"", "Choose from the list");
        assertThat(name.status()).isEqualTo(422);
        assertThat(name.body())
                .contains("\"field\":\"organisation.legalName\"", "too long")
                .doesNotContain("\"field\":\"organisation.legalForm\"");
        String draft = provider.get("/api/eoi").body();
        assertThat(draft)
                .contains("\"legalName\":\"Careful Integrators CIC\"", "\"areas\":[\"gwent\"]")
                .doesNotContain("atlantis", "NNNN");
        assertThat(provider.put("/api/eoi/parts/organisation", "{\"legalName\": \"Careful Integrators CIC\"}")
                        .status())
                .as("a part half answered is still a draft")
                .isEqualTo(200);
    }

    @Test
    void the_portal_shows_the_refused_answer_in_its_error_summary_with_what_was_typed() {
        String email = accounts.providerAdmin("Long Names Trust");
        PortalClient browser = portal.newBrowser();
        browser.signIn(email, Accounts.PASSWORD);
        browser.get("/eoi/parts/organisation");

        HttpAnswer refused = browser.post(
                "/eoi/parts/organisation", Map.of("legalName", "L".repeat(300), "contactName", "Eleri Jones"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#legalName\"",
                        "This answer is too long",
                        "L".repeat(300),
                        "value=\"Eleri Jones\"");
    }
}
