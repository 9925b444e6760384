package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
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
 * People follow the download links on their pages: evidence PDFs, contracts, a concern's evidence and the steward's
 * CSV come from portal routes with the session, now that the API takes only bearer tokens; none is kept in a cache.
 */
@MarketplaceTest
class DownloadingFilesFromThePortalTest implements FreshDatabase {

    private static final String ID = "[0-9a-f-]{36}";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private PortalClient provider;
    private PortalClient partner;
    private PortalClient lead;
    private PortalClient steward;
    private PortalClient stranger;
    private String chain;

    @BeforeAll
    void aChainWithAContractAConcernAndEvidence() throws IOException {
        String providerEmail = accounts.providerAdmin("Brixton Recovery Collective");
        ApiClient providerApi = portal.api(accounts.tokenFor(providerEmail));
        providerApi.put("/api/eoi/parts/organisation", EoiAnswersJson.organisation("Brixton Recovery Collective"));
        providerApi.upload("/api/eoi/evidence-files", "file", "Adroddiad Llŷr.pdf", Pdfs.justiceDataLabReport());

        String leadEmail = accounts.leadProvider("Cymru Rehabilitation Partnership");
        ApiClient leadApi = portal.api(accounts.tokenFor(leadEmail));
        chain = leadApi.post(
                        "/api/supply-chains",
                        """
                {"name": "Wales women's services bid 2027", "area": "region-wales", "purpose": "BID",
                 "contractValue": {"amount": 1000000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"(" + ID + ")\".*", "$1");
        ApiClient partnerApi = providers.approve(
                EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "region-wales"));
        String partnerId = me(partnerApi, "organisationId");
        leadApi.post("/api/supply-chains/" + chain + "/invitations", "{\"partnerId\": \"" + partnerId + "\"}");
        partnerApi.post("/api/supply-chains/" + chain + "/acceptance", "");
        leadApi.put(
                "/api/supply-chains/" + chain + "/partners/" + partnerId + "/terms",
                """
                {"specialities": ["womens-services"], "cohorts": ["women"], "areas": ["gwent"],
                 "annualVolume": 60, "annualValue": {"amount": 200000, "currency": "GBP"},
                 "paymentTermsDays": 30, "riskTransferPercent": 20, "start": "2027-04-01", "end": "2030-03-31"}""");
        assertThat(leadApi.post("/api/supply-chains/" + chain + "/contracts", "")
                        .status())
                .isEqualTo(201);
        String concern = partnerApi
                .post(
                        "/api/concerns",
                        """
                {"chainId": "%s", "category": "LATE_PAYMENT", "details": "Invoices paid 74 days late."}"""
                                .formatted(chain))
                .body()
                .replaceAll("(?s).*\"id\":\"(" + ID + ")\".*", "$1");
        partnerApi.upload(
                "/api/concerns/" + concern + "/evidence",
                "file",
                "remittances.pdf",
                Pdfs.withText("Remittance advice: paid 74 days after invoice"));

        provider = signedIn(providerEmail);
        partner = signedIn(me(partnerApi, "email"));
        lead = signedIn(leadEmail);
        steward = signedIn(accounts.steward());
        stranger = signedIn(accounts.leadProvider("Northern Pathways Partnership"));
    }

    @Test
    void a_provider_and_the_steward_download_evidence_from_its_link() {
        String link = link(provider.get("/eoi/evidence-files"), "/eoi/evidence-files/" + ID + "/" + ID);

        assertIsADownload(provider.download(link), "application/pdf", "Adroddiad Ll_r.pdf");
        assertIsADownload(steward.download(link), "application/pdf", "Adroddiad Ll_r.pdf");
        assertThat(stranger.download(link).status()).isEqualTo(403);
    }

    @Test
    void the_lead_downloads_its_contracts_from_the_chain_page() {
        String link = link(lead.get("/supply-chains/" + chain), "/supply-chains/" + chain + "/contracts/" + ID);

        assertIsADownload(lead.download(link), "application/pdf", "contract-");
        assertThat(stranger.download(link).status()).isIn(403, 404);
    }

    @Test
    void the_partner_and_the_steward_download_a_concerns_evidence_and_the_lead_cannot() {
        String link = link(partner.get("/concerns"), "/concerns/" + ID + "/evidence/" + ID);

        assertIsADownload(partner.download(link), "application/pdf", "remittances.pdf");
        assertIsADownload(steward.download(link), "application/pdf", "remittances.pdf");
        assertThat(lead.download(link).status()).isEqualTo(404);
    }

    @Test
    void the_steward_saves_the_chains_as_csv_and_a_lead_cannot() {
        String link = link(steward.get("/stewardship"), "/stewardship/chains\\.csv[^\"]*");

        HttpAnswer csv = steward.download(link);
        assertIsADownload(csv, "text/csv", "supply-chains.csv");
        assertThat(csv.body()).contains("Wales women's services bid 2027");
        assertThat(lead.download(link).status()).isEqualTo(403);
    }

    @Test
    void the_same_files_from_the_api_are_not_cached_either() {
        ApiClient api = portal.api(accounts.tokenFor(accounts.steward()));
        String contract = api.get("/api/supply-chains/" + chain + "/contracts")
                .body()
                .replaceAll("(?s).*?\"id\":\"(" + ID + ")\".*", "$1");

        assertIsADownload(api.getAccepting("/api/stewardship/chains.csv", "text/csv"), "text/csv", "supply-chains.csv");
        assertIsADownload(
                api.getAccepting("/api/register/register.csv", "text/csv"),
                "text/csv",
                "rehabilitation-providers-register.csv");
        assertIsADownload(
                api.getAccepting("/api/contracts/" + contract, "application/pdf"),
                "application/pdf",
                "contract-" + contract + ".pdf");
    }

    private static void assertIsADownload(HttpAnswer answer, String type, String name) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(type);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"" + name);
        if (type.equals("application/pdf")) {
            assertThat(answer.body()).startsWith("%PDF-");
        }
    }

    private static String link(HttpAnswer page, String pattern) {
        Matcher href = Pattern.compile("href=\"(" + pattern + ")\"").matcher(page.body());
        assertThat(href.find()).as("a link like " + pattern).isTrue();
        return href.group(1).replace("&amp;", "&");
    }

    private PortalClient signedIn(String email) {
        PortalClient browser = portal.newBrowser();
        browser.signIn(email, Accounts.PASSWORD);
        return browser;
    }

    private static String me(ApiClient client, String field) {
        return client.get("/api/me").body().replaceAll("(?s).*\"" + field + "\":\"([^\"]+)\".*", "$1");
    }
}
