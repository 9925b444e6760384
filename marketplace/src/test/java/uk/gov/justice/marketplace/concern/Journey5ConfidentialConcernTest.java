package uk.gov.justice.marketplace.concern;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Pdfs;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * DOMAIN.md journey 5: a supply-chain partner raises a confidential concern about late payment; the steward sees
 * it and who raised it; every view the lead provider has of it (API, pages, notifications) leaves the author out.
 */
@MarketplaceTest
class Journey5ConfidentialConcernTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private ApiClient lead;
    private String leadEmail;
    private ApiClient steward;
    private ApiClient author;
    private List<String> authorMarks;
    private String chain;

    @BeforeAll
    void aChainWithThreePartners() {
        leadEmail = accounts.leadProvider("Northern Pathways Partnership");
        lead = portal.api(accounts.tokenFor(leadEmail));
        steward = portal.api(accounts.tokenFor(accounts.steward()));
        chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Tyne and Wear resettlement", "area": "region-north-east", "purpose": "LIVE_CONTRACT",
                 "contractValue": {"amount": 2000000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        for (String name : List.of("Tyneside Housing Pathways", "Sunderland Mentoring Trust", "Durham Recovery")) {
            ApiClient partner =
                    providers.approve(EoiAnswersJson.complete(name, "accommodation", "women", "region-north-east"));
            lead.post(
                    "/api/supply-chains/" + chain + "/invitations",
                    "{\"partnerId\": \"" + field(partner, "organisationId") + "\", \"message\": \"Join us\"}");
            partner.post("/api/supply-chains/" + chain + "/acceptance", "");
            if (author == null) {
                author = partner;
            }
        }
        authorMarks = List.of("Tyneside Housing Pathways", field(author, "organisationId"), field(author, "email"));
    }

    @Test
    void the_lead_provider_never_learns_who_raised_a_late_payment_concern() throws IOException {
        dismissTheLeadsNotices();
        HttpAnswer raised = author.post(
                "/api/concerns",
                """
                {"chainId": "%s", "category": "LATE_PAYMENT",
                 "details": "Invoices for July to September were paid 74 days late."}"""
                        .formatted(chain));
        assertThat(raised.status()).isEqualTo(201);
        String id = raised.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        HttpAnswer attached = author.upload(
                "/api/concerns/" + id + "/evidence",
                "file",
                "remittances.pdf",
                Pdfs.withText("Remittance advice: paid 74 days after invoice"));
        assertThat(attached.status()).isEqualTo(201);
        String file = attached.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(steward.download("/api/concerns/" + id + "/evidence/" + file))
                .isNotEmpty();
        assertThat(lead.getAccepting("/api/concerns/" + id + "/evidence/" + file, "application/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(lead.upload("/api/concerns/" + id + "/evidence", "file", "mine.pdf", Pdfs.withText("x"))
                        .status())
                .isEqualTo(404);

        String stewardSees = steward.get("/api/concerns").body();
        assertThat(stewardSees)
                .contains("LATE_PAYMENT", "74 days late", "Tyneside Housing Pathways", field(author, "email"));
        steward.post("/api/concerns/" + id + "/actions", "{\"text\": \"Asked for the remittance advice\"}");
        assertThat(steward.post(
                                "/api/concerns/" + id + "/statements",
                                """
                {"statement": "A partner in one of your chains reports invoices paid well beyond 30 days. \
                Please confirm your payment run dates for the last quarter.", "smallChainWeighed": false}""")
                        .status())
                .isEqualTo(200);

        List<String> leadViews = leadViews();
        assertThat(leadViews.get(0)).contains("Please confirm your payment run dates");
        assertThat(leadViews.get(1)).contains("The market steward has put a matter to your organisation");
        for (String view : leadViews) {
            for (String mark : authorMarks) {
                assertThat(view.replace("&#39;", "'"))
                        .as("a lead provider's view")
                        .doesNotContain(mark);
            }
        }
        assertThat(lead.get("/api/concerns").status()).isEqualTo(403);
        assertThat(lead.get("/api/concerns/mine").body()).isEqualTo("[]");
        assertThat(lead.get("/api/audit").status()).isEqualTo(403);

        steward.post("/api/concerns/" + id + "/closure", "{\"text\": \"Lead provider now pays within 30 days\"}");
        assertThat(author.get("/api/concerns/mine").body()).contains("CLOSED", "now pays within 30 days");
    }

    @Test
    void in_a_chain_too_small_to_hide_the_author_the_steward_must_weigh_it_first() {
        String small = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Small pilot", "area": "region-north-east", "purpose": "BID",
                 "contractValue": {"amount": 100000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        lead.post(
                "/api/supply-chains/" + small + "/invitations",
                "{\"partnerId\": \"" + field(author, "organisationId") + "\", \"message\": \"Pilot\"}");
        String id = author.post(
                        "/api/concerns",
                        """
                {"chainId": "%s", "category": "UNFAIR_TERMS", "details": "Risk transfer doubled without notice."}"""
                                .formatted(small))
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        HttpAnswer refused = steward.post(
                "/api/concerns/" + id + "/statements",
                "{\"statement\": \"Please review your terms.\", \"smallChainWeighed\": false}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"smallChainWeighed\"");
        assertThat(lead.get("/api/concerns/matters").body()).doesNotContain("Please review your terms.");
    }

    @Test
    void bad_input_is_refused() {
        HttpAnswer huge = author.post(
                "/api/concerns",
                """
                {"chainId": "%s", "category": "LATE_PAYMENT", "details": "%s"}"""
                        .formatted(chain, "x".repeat(10 * 1024 * 1024)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).contains("application/problem+json");
        assertThat(author.post(
                                "/api/concerns",
                                """
                {"chainId": "%s", "category": "LATE_PAYMENT", "details": "%s"}"""
                                        .formatted(chain, "x".repeat(6_000)))
                        .body())
                .contains("\"field\":\"details\"");
        assertThat(author.post(
                                "/api/concerns",
                                """
                {"chainId": "%s", "category": "LATE_PAYMENT", "details": " "}"""
                                        .formatted(chain))
                        .body())
                .contains("\"field\":\"details\"");
        String id = author.post(
                        "/api/concerns",
                        """
                {"chainId": "%s", "category": "OTHER", "details": "Odd invoices"}"""
                                .formatted(chain))
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpAnswer notPdf = author.upload(
                "/api/concerns/" + id + "/evidence", "file", "notes.pdf", "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.body()).contains("\"field\":\"file\"");
        ApiClient outsider =
                providers.approve(EoiAnswersJson.complete("Not In The Chain", "accommodation", "women", "gwent"));
        assertThat(outsider.post(
                                "/api/concerns",
                                """
                {"chainId": "%s", "category": "OTHER", "details": "Hearsay"}"""
                                        .formatted(chain))
                        .status())
                .isEqualTo(404);
        assertThat(lead.post(
                                "/api/concerns",
                                """
                {"chainId": "%s", "category": "OTHER", "details": "About myself"}"""
                                        .formatted(chain))
                        .status())
                .isEqualTo(403);
        assertThat(author.post("/api/concerns/" + chain + "/closure", "{\"text\": \"done\"}")
                        .status())
                .isEqualTo(403);
    }

    /** Everything the lead provider can see: its matters over the API, and its dashboard and concerns pages. */
    private List<String> leadViews() {
        PortalClient browser = portal.newBrowser();
        browser.signIn(leadEmail, Accounts.PASSWORD);
        assertThat(lead.get("/api/supply-chains/" + chain).body())
                .as("the chain says nothing of the concern")
                .doesNotContain("LATE_PAYMENT", "74 days", "concern");
        return List.of(
                lead.get("/api/concerns/matters").body(),
                browser.get("/dashboard").body(),
                browser.get("/concerns").body());
    }

    /** The lead reads and dismisses what it has been told so far (partners joining its chain). */
    private void dismissTheLeadsNotices() {
        PortalClient browser = portal.newBrowser();
        browser.signIn(leadEmail, Accounts.PASSWORD);
        Matcher dismissal = Pattern.compile("/dashboard/notices/[0-9a-f-]{36}/dismissal")
                .matcher(browser.get("/dashboard").body());
        while (dismissal.find()) {
            browser.post(dismissal.group(), Map.of());
        }
    }

    private static String field(ApiClient client, String name) {
        return client.get("/api/me").body().replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
