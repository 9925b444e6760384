package uk.gov.justice.marketplace.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.Pdfs;
import uk.gov.justice.marketplace.support.Portal;

/**
 * The finding, on either engine: an approved provider uploads a draft evidence PDF naming a client, and a freshly
 * self-registered account must not read it in a search snippet (the file itself answers 403). Search follows the
 * published version: the draft's file is found once the steward approves it, and a file the new version dropped
 * is found no more.
 */
abstract class NewcomerSearchingEvidence implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void a_draft_evidence_file_is_not_searchable_until_the_steward_approves_the_version_that_holds_it()
            throws IOException {
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Newport Women's Refuge")));
        EoiAnswersJson.complete("Newport Women's Refuge", "accommodation", "women", "gwent")
                .forEach((part, json) -> assertThat(
                                provider.put("/api/eoi/parts/" + part, json).status())
                        .isEqualTo(200));
        String report = fileId(provider.upload(
                "/api/eoi/evidence-files",
                "file",
                "evaluation.pdf",
                Pdfs.withText("Independent evaluation of the Llanwern move-on scheme, 2025")));
        decide(steward, provider);

        assertThat(provider.put("/api/eoi/parts/evidence", EoiAnswersJson.EVIDENCE)
                        .status())
                .isEqualTo(200);
        String draft = fileId(provider.upload(
                "/api/eoi/evidence-files",
                "file",
                "case-file.pdf",
                Pdfs.withText("Case file: Gwenllian Abernathy, born 14 March 1987, housed in Newport")));
        assertThat(steward.post("/api/search/reindex", "").status()).isEqualTo(200);

        ApiClient newcomer = newlyRegistered();
        String eoi = provider.get("/api/eoi").body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpAnswer beforeApproval = newcomer.get("/api/search?text=Abernathy");
        assertThat(beforeApproval.status()).isEqualTo(200);
        assertThat(beforeApproval.body()).contains("\"total\":0").doesNotContain("Abernathy", "1987");
        assertThat(newcomer.getAccepting("/api/eoi/" + eoi + "/evidence-files/" + draft, "application/pdf")
                        .status())
                .isEqualTo(403);
        assertThat(provider.delete("/api/eoi/evidence-files/" + report).status())
                .isEqualTo(204);
        assertThat(newcomer.get("/api/search?text=Llanwern").body())
                .as("the published version still holds it")
                .contains("\"total\":1", "Newport Women's Refuge");

        assertThat(provider.post("/api/eoi/submission", "").status()).isEqualTo(200);
        decide(steward, provider);

        Eventually.within(
                Duration.ofSeconds(30),
                () -> newcomer.get("/api/search?text=Abernathy").body().contains("\"total\":1"));
        assertThat(newcomer.get("/api/search?text=Abernathy").body()).contains("Newport Women's Refuge", "Abernathy");
        assertThat(newcomer.getAccepting("/api/eoi/" + eoi + "/evidence-files/" + draft, "application/pdf")
                        .status())
                .isEqualTo(200);
        assertThat(newcomer.get("/api/search?text=Llanwern").body())
                .contains("\"total\":0")
                .doesNotContain("Llanwern");
    }

    private void decide(ApiClient steward, ApiClient provider) {
        String view = provider.get("/api/eoi").body();
        String id = view.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String version = view.replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
        if (view.contains("\"status\":\"DRAFT\"")) {
            assertThat(provider.post("/api/eoi/submission", "").status()).isEqualTo(200);
        }
        assertThat(steward.post(
                                "/api/eoi/" + id + "/decisions",
                                """
                {"version": %s, "outcome": "APPROVED", "reason": "Meets the criteria"}"""
                                        .formatted(version))
                        .status())
                .isEqualTo(200);
    }

    /** Anyone can register a provider organisation and sign in at once: the least trusted reader search has. */
    private ApiClient newlyRegistered() {
        HttpAnswer registered = portal.api()
                .post(
                        "/api/registrations",
                        """
                {"organisationName": "Curious Newcomer CIC", "fullName": "Nia Price",
                 "email": "nia@curious-newcomer.example.org",
                 "password": "%1$s", "confirmPassword": "%1$s"}"""
                                .formatted(Accounts.PASSWORD));
        assertThat(registered.status()).isEqualTo(201);
        return portal.api(accounts.tokenFor("nia@curious-newcomer.example.org"));
    }

    private static String fileId(HttpAnswer uploaded) {
        assertThat(uploaded.status()).isEqualTo(201);
        return uploaded.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
