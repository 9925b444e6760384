package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Pdfs;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

@MarketplaceTest
class UploadingEvidenceTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private ApiClient provider;

    @BeforeAll
    void aProviderWithADraft() {
        provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Gwent Women's Centre")));
        provider.put("/api/eoi/parts/organisation", EoiAnswersJson.organisation("Gwent Women's Centre"));
    }

    @Test
    void a_justice_data_lab_report_is_attached_read_and_downloadable_by_the_steward() throws IOException {
        byte[] pdf = Pdfs.justiceDataLabReport();

        HttpAnswer uploaded = provider.upload("/api/eoi/evidence-files", "file", "../../jdl-report.pdf", pdf);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"fileName\":\"jdl-report.pdf\"");
        assertThat(uploaded.body()).doesNotContain("\"extractedCharacters\":0");
        String eoiId = provider.get("/api/eoi").body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String fileId = uploaded.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        assertThat(steward.download("/api/eoi/" + eoiId + "/evidence-files/" + fileId))
                .isEqualTo(pdf);

        ApiClient stranger = portal.api(accounts.tokenFor(accounts.providerAdmin("Leeds Mentoring Trust")));
        assertThat(stranger.getAccepting("/api/eoi/" + eoiId + "/evidence-files/" + fileId, "application/pdf")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_text_file_renamed_to_pdf_is_refused_and_the_draft_is_kept() {
        HttpAnswer refused = provider.upload(
                "/api/eoi/evidence-files",
                "file",
                "report.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"file\"", "must be a PDF");
        assertThat(provider.get("/api/eoi").body()).contains("\"ORGANISATION\":\"COMPLETED\"");
    }

    @Test
    void a_pdf_over_ten_megabytes_is_refused_with_a_clear_error() {
        byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 11 * 1024 * 1024);

        HttpAnswer refused = provider.upload("/api/eoi/evidence-files", "file", "big.pdf", big);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("smaller than 10 MB");
    }

    /** Read to the end (spooled to disk) and refused by its declared size, with the same clear message. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_fifty_megabyte_file_is_refused_and_the_draft_is_kept() {
        byte[] huge = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 50 * 1024 * 1024);

        HttpAnswer refused = provider.upload("/api/eoi/evidence-files", "file", "huge.pdf", huge);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"file\"", "smaller than 10 MB");
        assertThat(provider.get("/api/eoi").body()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    void a_file_uploaded_by_mistake_is_removed_from_the_evidence_page_and_can_no_longer_be_opened() throws IOException {
        String email = accounts.providerAdmin("Mistaken Uploads Trust");
        ApiClient api = portal.api(accounts.tokenFor(email));
        api.put("/api/eoi/parts/organisation", EoiAnswersJson.organisation("Mistaken Uploads Trust"));
        String fileId = api.upload(
                        "/api/eoi/evidence-files",
                        "file",
                        "wrong-client.pdf",
                        Pdfs.withText("Case notes for the wrong client"))
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String eoiId = api.get("/api/eoi").body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        PortalClient browser = portal.newBrowser();
        browser.signIn(email, Accounts.PASSWORD);
        assertThat(browser.get("/eoi/evidence-files").body())
                .contains("wrong-client.pdf", "/eoi/evidence-files/" + fileId + "/removal", "Remove");

        HttpAnswer removed = browser.post("/eoi/evidence-files/" + fileId + "/removal", Map.of());

        assertThat(removed.status()).isEqualTo(303);
        assertThat(browser.get("/eoi/evidence-files").body()).doesNotContain("wrong-client.pdf");
        assertThat(api.get("/api/eoi/evidence-files").body()).isEqualTo("[]");
        assertThat(api.getAccepting("/api/eoi/" + eoiId + "/evidence-files/" + fileId, "application/pdf")
                        .status())
                .as("never part of a decided version, so erased")
                .isEqualTo(404);
        assertThat(browser.post("/eoi/evidence-files/" + fileId + "/removal", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_file_the_steward_has_seen_stays_readable_to_the_steward_after_the_provider_removes_it() throws IOException {
        String email = accounts.providerAdmin("Seen Evidence Trust");
        ApiClient api = portal.api(accounts.tokenFor(email));
        EoiAnswersJson.complete("Seen Evidence Trust", "mentoring", "young-adults", "south-wales")
                .forEach((part, json) -> api.put("/api/eoi/parts/" + part, json));
        String fileId = api.upload(
                        "/api/eoi/evidence-files", "file", "outcomes.pdf", Pdfs.withText("Outcomes the steward read"))
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String eoiId =
                api.post("/api/eoi/submission", "").body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        assertThat(steward.post(
                                "/api/eoi/" + eoiId + "/decisions",
                                """
                {"version": 1, "outcome": "CHANGES_REQUESTED", "reason": "Nearly there",
                 "partComments": {"EVIDENCE": "Replace the outcomes file"}}""")
                        .status())
                .isEqualTo(200);

        assertThat(api.delete("/api/eoi/evidence-files/" + fileId).status()).isEqualTo(204);

        assertThat(api.get("/api/eoi/evidence-files").body()).doesNotContain(fileId);
        assertThat(steward.getAccepting("/api/eoi/" + eoiId + "/evidence-files/" + fileId, "application/pdf")
                        .status())
                .as("what the steward decided on is kept")
                .isEqualTo(200);
    }
}
