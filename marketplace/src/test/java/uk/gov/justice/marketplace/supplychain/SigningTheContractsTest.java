package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.contracts.ContractRenderer;
import uk.gov.justice.marketplace.contracts.ContractSigning;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.contracts.ContractVerification;
import uk.gov.justice.marketplace.contracts.Party;
import uk.gov.justice.marketplace.contracts.PlatformCertificate;
import uk.gov.justice.marketplace.contracts.RenderedContract;
import uk.gov.justice.marketplace.contracts.ServiceLine;
import uk.gov.justice.marketplace.contracts.SignatureRecord;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * Journey 2's contracts: the lead provider generates the lead contract and two partner agreements; each party's
 * authorised signatory signs what it was shown; the sealed PDFs verify offline, and read back with the parties
 * and figures. Then signatures refused: no authority, or a document changed since it was read.
 */
@MarketplaceTest
class SigningTheContractsTest implements FreshDatabase {

    private static final Pattern DOCUMENT = Pattern.compile(
            "\\{\"id\":\"([0-9a-f-]{36})\",\"chainId\":\"[0-9a-f-]{36}\",\"kind\":\"(\\w+)\".*?\"sha256\":\"(\\w{64})\"");

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    ContractVerification verification;

    @Inject
    PlatformCertificate seal;

    private ApiClient lead;
    private ApiClient leadSignatory;
    private final List<ApiClient> partnerSignatories = new ArrayList<>();
    private String chain;

    @BeforeAll
    void aChainWithTwoPartnersOnAgreedTerms() {
        lead = portal.api(accounts.tokenFor(accounts.leadProvider("Cymru Rehabilitation Partnership")));
        leadSignatory = portal.api(accounts.tokenFor(
                accounts.signatory("Cymru Rehabilitation Partnership", OrganisationKind.LEAD_PROVIDER)));
        chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Wales women's services bid 2027", "area": "region-wales", "purpose": "BID",
                 "contractValue": {"amount": 1000000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        for (String name : List.of("Gwent Women's Centre", "Tai Cymru Housing")) {
            ApiClient partner =
                    providers.approve(EoiAnswersJson.complete(name, "womens-services", "women", "region-wales"));
            String id =
                    partner.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([0-9a-f-]{36})\".*", "$1");
            lead.post("/api/supply-chains/" + chain + "/invitations", "{\"partnerId\": \"" + id + "\"}");
            partner.post("/api/supply-chains/" + chain + "/acceptance", "");
            lead.put(
                    "/api/supply-chains/" + chain + "/partners/" + id + "/terms",
                    """
                    {"specialities": ["womens-services"], "cohorts": ["women"], "areas": ["gwent"],
                     "annualVolume": 60, "annualValue": {"amount": 200000, "currency": "GBP"},
                     "paymentTermsDays": 30, "riskTransferPercent": 20, "start": "2027-04-01",
                     "end": "2030-03-31"}""");
            partnerSignatories.add(
                    portal.api(accounts.tokenFor(accounts.signatory(name, OrganisationKind.VCSE_PROVIDER))));
        }
    }

    @Test
    void the_lead_contract_and_two_partner_agreements_are_signed_sealed_and_verify() throws IOException {
        HttpAnswer generated = lead.post("/api/supply-chains/" + chain + "/contracts", "");
        assertThat(generated.status()).isEqualTo(201);
        List<String[]> documents = documents(generated.body());
        assertThat(documents)
                .extracting(d -> d[1])
                .containsExactlyInAnyOrder("LEAD_CONTRACT", "PARTNER_AGREEMENT", "PARTNER_AGREEMENT");

        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        for (String[] document : documents) {
            List<ApiClient> signers = document[1].equals("LEAD_CONTRACT")
                    ? List.of(steward, leadSignatory)
                    : List.of(leadSignatory, partnerSignatories.get(0), partnerSignatories.get(1));
            for (ApiClient signer : signers) {
                signer.post(
                        "/api/contracts/" + document[0] + "/signatures",
                        "{\"documentSha256\": \"" + document[2] + "\"}");
            }
        }

        for (String[] document : documents) {
            byte[] sealed = lead.download("/api/contracts/" + document[0]);
            ContractVerification.Verification checked = verification.verify(sealed);
            assertThat(checked.intact()).as(document[1] + " verifies").isTrue();
            assertThat(lead.post("/api/contracts/verification", "application/pdf", sealed)
                            .body())
                    .as(document[1] + " verifies through the API")
                    .contains("\"intact\":true");
            String text = text(sealed);
            assertThat(text)
                    .contains(
                            "Cymru Rehabilitation Partnership",
                            "£200,000.00",
                            "Risk transfer: 20%",
                            "Payment terms: 30 days",
                            "Signatures",
                            document[2]);
        }
        String leadContract = text(lead.download("/api/contracts/"
                + documents.stream()
                        .filter(d -> d[1].equals("LEAD_CONTRACT"))
                        .findFirst()
                        .orElseThrow()[0]));
        assertThat(leadContract)
                .contains(
                        "Gwent Women's Centre",
                        "Tai Cymru Housing",
                        "The Secretary of State for " + "Justice",
                        "40.0% of the contract's value reaches VCSE partners",
                        "0 limits are broken");
        assertThat(lead.post("/api/contracts/verification", "").status()).isIn(400, 415, 422);
    }

    @Test
    void only_an_authorised_signatory_signs_and_only_the_version_it_read() {
        assertThat(lead.post("/api/supply-chains/" + chain + "/contracts", "").status())
                .isEqualTo(201);
        HttpAnswer again = lead.post("/api/supply-chains/" + chain + "/contracts", "");
        assertThat(again.status())
                .as("generated again at once, with new references")
                .isEqualTo(201);
        List<String[]> first = documents(again.body());
        String[] agreement = first.stream()
                .filter(d -> d[1].equals("PARTNER_AGREEMENT"))
                .findFirst()
                .orElseThrow();

        assertThat(lead.post(
                                "/api/contracts/" + agreement[0] + "/signatures",
                                "{\"documentSha256\": \"" + agreement[2] + "\"}")
                        .status())
                .as("an admin without signing authority")
                .isEqualTo(403);
        assertThat(leadSignatory
                        .post(
                                "/api/contracts/" + agreement[0] + "/signatures",
                                "{\"documentSha256\": \"" + "0".repeat(64) + "\"}")
                        .status())
                .as("a hash it was not shown")
                .isEqualTo(409);
        ApiClient stranger =
                portal.api(accounts.tokenFor(accounts.signatory("Rival Partnership", OrganisationKind.LEAD_PROVIDER)));
        assertThat(stranger.post(
                                "/api/contracts/" + agreement[0] + "/signatures",
                                "{\"documentSha256\": \"" + agreement[2] + "\"}")
                        .status())
                .as("not a party")
                .isEqualTo(403);
        assertThat(stranger.getAccepting("/api/contracts/" + agreement[0], "application/pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void an_agreement_altered_and_resealed_by_another_key_with_the_platform_name_is_refused() {
        PlatformCertificate impostor =
                PlatformCertificate.selfSigned("Marketplace for Rehabilitation Services", Clock.systemUTC());
        assertThat(impostor.certificate().getSubjectX500Principal())
                .isEqualTo(seal.certificate().getSubjectX500Principal());
        Party lead = new Party("Cymru Rehabilitation Partnership", "lead provider", "09876543", "Cardiff");
        Party partner = new Party("Gwent Women's Centre", "supply-chain partner", "1187654", "Newport");
        RenderedContract altered = new ContractRenderer()
                .render(new ContractTerms(
                        "MRS-2027-0042-P1",
                        ContractTerms.DocumentKind.PARTNER_AGREEMENT,
                        ContractTerms.Language.ENGLISH,
                        lead,
                        partner,
                        "Wales women's services bid 2027",
                        "Gwent",
                        List.of(new ServiceLine(
                                partner.name(),
                                "Women's services",
                                "Women",
                                "Gwent",
                                60,
                                new BigDecimal("200000"),
                                30,
                                new BigDecimal("90"))),
                        new BigDecimal("1000000"),
                        "GBP",
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2030, 3, 31),
                        ""));
        byte[] resealed = new ContractSigning()
                .finalDocument(
                        altered,
                        ContractTerms.Language.ENGLISH,
                        List.of(new SignatureRecord(
                                "Ceri Morgan",
                                partner.name(),
                                "authorised signatory",
                                Instant.now(),
                                altered.sha256())),
                        impostor,
                        Instant.now());

        HttpAnswer checked = this.lead.post("/api/contracts/verification", "application/pdf", resealed);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("\"intact\":false", "not sealed by the platform");
    }

    @Test
    void a_draft_superseded_by_generating_again_can_no_longer_be_signed() {
        String[] old = documents(lead.post("/api/supply-chains/" + chain + "/contracts", "")
                        .body())
                .stream()
                .filter(d -> d[1].equals("PARTNER_AGREEMENT"))
                .findFirst()
                .orElseThrow();
        List<String[]> current = documents(
                lead.post("/api/supply-chains/" + chain + "/contracts", "").body());

        HttpAnswer refused = leadSignatory.post(
                "/api/contracts/" + old[0] + "/signatures", "{\"documentSha256\": \"" + old[2] + "\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("generated again", "sign the latest version");
        assertThat(current).extracting(d -> d[0]).doesNotContain(old[0]);
        String[] latest = current.stream()
                .filter(d -> d[1].equals("PARTNER_AGREEMENT"))
                .findFirst()
                .orElseThrow();
        assertThat(leadSignatory
                        .post(
                                "/api/contracts/" + latest[0] + "/signatures",
                                "{\"documentSha256\": \"" + latest[2] + "\"}")
                        .status())
                .isEqualTo(200);
    }

    private static List<String[]> documents(String json) {
        List<String[]> documents = new ArrayList<>();
        Matcher document = DOCUMENT.matcher(json);
        while (document.find()) {
            documents.add(new String[] {document.group(1), document.group(2), document.group(3)});
        }
        return documents;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
