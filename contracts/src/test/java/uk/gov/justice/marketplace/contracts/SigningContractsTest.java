package uk.gov.justice.marketplace.contracts;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.PARTNER;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.partnerAgreement;

/** Both parties sign, the platform seals, anyone verifies offline; a change after sealing is caught. */
class SigningContractsTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final PlatformCertificate PLATFORM = PlatformCertificate.selfSigned("Marketplace test seal",
            Clock.fixed(AT, ZoneOffset.UTC));

    private final RenderedContract contract = new ContractRenderer().render(partnerAgreement(PARTNER,
            ContractTerms.Language.ENGLISH));
    private final ContractSigning signing = new ContractSigning();
    private final ContractVerification verification = new ContractVerification();

    @Test
    void a_contract_signed_by_both_sides_is_sealed_and_verifies() throws IOException {
        byte[] sealed = sealedByBoth();

        ContractVerification.Verification checked = verification.verify(sealed);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.intact()).isTrue();
        assertThat(checked.signer()).contains("Marketplace test seal");
        assertThat(checked.signedAt()).isEqualTo(AT);
        assertThat(WritingContractsTest.text(sealed)).contains("Signatures", "Signed by: Ceri Morgan",
                "Organisation: Canolfan Dŵr Women's Centre", contract.sha256());
    }

    @Test
    void a_byte_changed_after_sealing_is_caught() {
        byte[] sealed = sealedByBoth();
        int inside = sealed.length / 3;
        sealed[inside] = (byte) (sealed[inside] == 'a' ? 'b' : 'a');

        assertThat(verification.verify(sealed).intact()).isFalse();
    }

    @Test
    void an_update_appended_after_sealing_is_caught() throws IOException {
        byte[] sealed = sealedByBoth();
        byte[] changed;
        try (PDDocument document = Loader.loadPDF(sealed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Quietly changed");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            changed = out.toByteArray();
        }

        ContractVerification.Verification checked = verification.verify(changed);
        assertThat(checked.intact()).isFalse();
        assertThat(checked.problems()).anyMatch(p -> p.contains("changed after it was signed"));
    }

    @Test
    void a_signature_on_another_version_of_the_document_is_refused() {
        SignatureRecord stale = new SignatureRecord("Ceri Morgan", PARTNER.name(), "authorised signatory", AT,
                "0".repeat(64));

        assertThatThrownBy(() -> signing.finalDocument(contract, ContractTerms.Language.ENGLISH, List.of(stale),
                PLATFORM, AT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed again");
    }

    @Test
    void an_unsigned_file_is_not_intact() {
        assertThat(verification.verify(contract.pdf()).problems()).containsExactly("The document is not signed");
    }

    private byte[] sealedByBoth() {
        return signing.finalDocument(contract, ContractTerms.Language.ENGLISH, List.of(
                new SignatureRecord("Rhys Evans", "Cymru Rehabilitation Partnership", "authorised signatory",
                        AT.minusSeconds(3600), contract.sha256()),
                new SignatureRecord("Ceri Morgan", PARTNER.name(), "authorised signatory", AT.minusSeconds(60),
                        contract.sha256())), PLATFORM, AT);
    }
}
