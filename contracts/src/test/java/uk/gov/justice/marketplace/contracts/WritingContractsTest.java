package uk.gov.justice.marketplace.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.PARTNER;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.leadContract;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.line;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.partnerAgreement;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.partners;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The contracts read back as anyone's PDF reader would: parties, figures, reference and fingerprint on every page. */
class WritingContractsTest {

    private final ContractRenderer renderer = new ContractRenderer();

    @Test
    void the_lead_contract_names_the_parties_and_every_partners_figures() throws IOException {
        RenderedContract contract = renderer.render(leadContract(
                List.of(line("Canolfan Dŵr Women's Centre", "200000"), line("Tai Cymru Housing", "200000"))));

        String text = text(contract.pdf());
        assertThat(text)
                .contains(
                        "Lead contract for rehabilitation services",
                        "The Secretary of State for Justice",
                        "Cymru Rehabilitation Partnership",
                        "Canolfan Dŵr Women's Centre",
                        "Tai Cymru Housing",
                        "£200,000.00",
                        "Payment terms: 30 days",
                        "Risk transfer: 20%",
                        "£1,000,000.00",
                        "1 April 2027",
                        "31 March 2030",
                        "risk transfer at most 30%",
                        "in confidence");
        assertThat(contract.fingerprint()).hasSize(64).isNotEqualTo(contract.sha256());
        assertEveryPageCarries(contract, "MRS-2027-0042");
    }

    @Test
    void a_partner_agreement_in_welsh_keeps_its_welsh_letters() throws IOException {
        RenderedContract contract = renderer.render(partnerAgreement(PARTNER, ContractTerms.Language.WELSH));

        String text = text(contract.pdf());
        assertThat(text)
                .contains(
                        "Cytundeb partner cadwyn gyflenwi",
                        "Canolfan Dŵr Women's Centre",
                        "Trosglwyddo risg: 20%",
                        "Telerau talu: 30 diwrnod",
                        "1 Ebrill 2027",
                        "Tudalen 1 o");
    }

    @Test
    void twenty_five_partners_run_onto_more_pages_each_numbered() throws IOException {
        RenderedContract contract = renderer.render(leadContract(partners(25)));

        assertThat(contract.pages()).isGreaterThan(2);
        assertThat(text(contract.pdf())).contains("Partner organisation 25", "Page 2 of " + contract.pages());
        assertEveryPageCarries(contract, "MRS-2027-0042");
    }

    @Test
    void long_and_hostile_names_are_written_safely() throws IOException {
        String longName = "A".repeat(150) + "B".repeat(150);
        Party hostile = new Party(
                "<script>alert('x')</script> & \"Sons\" 🚀\u0007 Ltd", "supply-chain partner", "1", "Nowhere");
        RenderedContract contract = renderer.render(partnerAgreement(
                new Party(longName, "supply-chain partner", "2", "Long Street"), ContractTerms.Language.ENGLISH));
        RenderedContract other = renderer.render(partnerAgreement(hostile, ContractTerms.Language.ENGLISH));

        assertThat(text(contract.pdf()).replaceAll("\\s", "")).contains(longName);
        assertThat(text(other.pdf())).contains("<script>alert('x')</script> & \"Sons\" ? Ltd");
    }

    @Test
    void the_same_terms_give_the_same_document() {
        RenderedContract first = renderer.render(partnerAgreement(PARTNER, ContractTerms.Language.ENGLISH));
        RenderedContract second = renderer.render(partnerAgreement(PARTNER, ContractTerms.Language.ENGLISH));

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void text_moved_between_fields_changes_the_fingerprint() {
        ContractTerms one = withLead(new Party("Alpha, role=Beta", "lead provider", "1", "A"));
        ContractTerms other = withLead(new Party("Alpha", "Beta, role=lead provider", "1", "A"));

        assertThat(renderer.render(one).fingerprint())
                .isNotEqualTo(renderer.render(other).fingerprint());
    }

    /** The lead contract with another lead provider: the only difference is in that party's fields. */
    private static ContractTerms withLead(Party lead) {
        ContractTerms terms = leadContract(partners(1));
        return new ContractTerms(
                terms.reference(),
                terms.kind(),
                terms.language(),
                terms.first(),
                lead,
                terms.chainName(),
                terms.areaName(),
                terms.services(),
                terms.contractValue(),
                terms.currency(),
                terms.start(),
                terms.end(),
                terms.stewardshipStatement());
    }

    private static void assertEveryPageCarries(RenderedContract contract, String reference) throws IOException {
        try (PDDocument document = Loader.loadPDF(contract.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document))
                        .as("page %d", page)
                        .contains(reference, contract.fingerprint(), "Page " + page + " of " + contract.pages());
            }
        }
    }

    /** The document's text as one line, so a phrase the layout wrapped is still found. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
