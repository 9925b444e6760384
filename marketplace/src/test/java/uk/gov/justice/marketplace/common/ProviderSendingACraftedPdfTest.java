package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.gov.justice.marketplace.concern.Concerns;
import uk.gov.justice.marketplace.eoi.EvidenceFiles;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Pdfs;
import uk.gov.justice.marketplace.support.Portal;

/**
 * A self-registered provider sends a few kilobytes of PDF crafted to take hours to read, as EoI evidence and with
 * a concern. It is refused naming the file soon after the time limit (3 s here), other requests are served
 * meanwhile, nothing is locked while it is read, and a caller who may not upload is refused before it is read.
 */
@MarketplaceTest
@Property(name = "marketplace.pdf.timeout", value = "3s")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProviderSendingACraftedPdfTest implements FreshDatabase {

    private static final Duration LIMIT_AND_MARGIN = Duration.ofSeconds(3 + 3);

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    PdfWorker worker;

    @Inject
    EvidenceFiles evidence;

    @Inject
    Concerns concerns;

    /** Its own thread: the common pool may have a single thread, busy elsewhere. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor();

    private byte[] crafted;
    private ApiClient provider;

    @AfterAll
    void stopSending() {
        sender.shutdownNow();
    }

    @BeforeAll
    void aCraftedPdf() throws IOException {
        crafted = Pdfs.nestedForms();
        provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Crafty Provider")));
    }

    @Test
    void crafted_evidence_is_refused_within_the_time_limit_while_other_requests_are_served() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpAnswer> upload = CompletableFuture.supplyAsync(
                () -> provider.upload("/api/eoi/evidence-files", "file", "crafted.pdf", crafted), sender);
        Eventually.within(Duration.ofSeconds(2), () -> worker.busy() > 0);

        long asked = System.nanoTime();
        assertThat(provider.get("/api/eoi/evidence-files").status()).isEqualTo(200);
        assertThat(portal.api().get("/api/areas").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(1500));
        assertThat(upload).as("still being read meanwhile").isNotDone();

        HttpAnswer refused = upload.get(30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT_AND_MARGIN);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"file\"", "took too long to read");
        Eventually.within(Duration.ofSeconds(1), () -> worker.busy() == 0);
    }

    @Test
    void a_lead_provider_sending_evidence_is_refused_before_the_file_is_read() {
        String leadEmail = accounts.leadProvider("Rival Lead Partnership");
        ApiClient lead = portal.api(accounts.tokenFor(leadEmail));
        Eventually.within(Duration.ofSeconds(2), () -> worker.busy() == 0);

        long started = System.nanoTime();
        HttpAnswer refused = lead.upload("/api/eoi/evidence-files", "file", "crafted.pdf", crafted);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("well within the time limit")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(worker.busy()).isZero();
        assertThatThrownBy(() -> evidence.upload(accounts.viewer(leadEmail), "x.pdf", 10, () -> {
                    throw new AssertionError("the body was read");
                }))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void while_a_concerns_crafted_evidence_is_read_the_steward_can_still_act_on_the_concern() throws Exception {
        ApiClient partner = partnerWithAConcern();
        String concern =
                partner.get("/api/concerns/mine").body().replaceAll("(?s)^\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));

        CompletableFuture<HttpAnswer> upload = CompletableFuture.supplyAsync(
                () -> partner.upload("/api/concerns/" + concern + "/evidence", "file", "remittances.pdf", crafted),
                sender);
        Eventually.within(Duration.ofSeconds(2), () -> worker.busy() > 0);
        long asked = System.nanoTime();
        HttpAnswer acted = steward.post("/api/concerns/" + concern + "/actions", "{\"text\": \"Called the lead\"}");

        assertThat(acted.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(1500));
        HttpAnswer refused = upload.get(30, TimeUnit.SECONDS);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"file\"", "took too long to read");
    }

    @Test
    void concern_evidence_over_the_size_limit_is_refused_before_its_body_is_read() {
        ApiClient partner = partnerWithAConcern();
        UUID concern = UUID.fromString(
                partner.get("/api/concerns/mine").body().replaceAll("(?s)^\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        String email = partner.get("/api/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1");

        assertThatThrownBy(() -> concerns.attach(accounts.viewer(email), concern, "big.pdf", 11L * 1024 * 1024, () -> {
                    throw new AssertionError("the body was read");
                }))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("error.evidence.tooLarge");
    }

    @Test
    void a_file_uploaded_under_any_name_is_kept_as_a_pdf() throws IOException {
        HttpAnswer uploaded =
                provider.upload("/api/eoi/evidence-files", "file", "payload.html", Pdfs.justiceDataLabReport());

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"fileName\":\"payload.html.pdf\"");
        assertThat(provider.get("/api/eoi/evidence-files").body())
                .contains("\"fileName\":\"payload.html.pdf\"")
                .doesNotContain("\"fileName\":\"payload.html\"");
    }

    private int partners;

    /** A partner in a lead's chain that has raised a concern about it. */
    private ApiClient partnerWithAConcern() {
        partners++;
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Northern Lead " + partners)));
        String chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Tyne and Wear resettlement", "area": "region-north-east", "purpose": "LIVE_CONTRACT",
                 "contractValue": {"amount": 2000000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient partner = providers.approve(
                EoiAnswersJson.complete("Tyneside Partner " + partners, "accommodation", "women", "region-north-east"));
        String id = partner.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([0-9a-f-]{36})\".*", "$1");
        lead.post("/api/supply-chains/" + chain + "/invitations", "{\"partnerId\": \"" + id + "\"}");
        partner.post("/api/supply-chains/" + chain + "/acceptance", "");
        assertThat(partner.post(
                                "/api/concerns",
                                """
                {"chainId": "%s", "category": "LATE_PAYMENT", "details": "Paid 74 days late."}"""
                                        .formatted(chain))
                        .status())
                .isEqualTo(201);
        return partner;
    }
}
