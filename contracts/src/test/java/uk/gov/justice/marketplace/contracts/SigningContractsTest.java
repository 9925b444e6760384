package uk.gov.justice.marketplace.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.PARTNER;
import static uk.gov.justice.marketplace.contracts.ContractFixtures.partnerAgreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Both parties sign, the platform seals, anyone verifies offline; a change after sealing is caught. */
class SigningContractsTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final PlatformCertificate PLATFORM =
            PlatformCertificate.selfSigned("Marketplace test seal", Clock.fixed(AT, ZoneOffset.UTC));

    private final RenderedContract contract =
            new ContractRenderer().render(partnerAgreement(PARTNER, ContractTerms.Language.ENGLISH));
    private final ContractSigning signing = new ContractSigning();
    private final ContractVerification verification = new ContractVerification(List.of(PLATFORM.certificate()));

    @Test
    void a_contract_signed_by_both_sides_is_sealed_and_verifies() throws IOException {
        byte[] sealed = sealedByBoth();

        ContractVerification.Verification checked = verification.verify(sealed);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.intact()).isTrue();
        assertThat(checked.signer()).contains("Marketplace test seal");
        assertThat(checked.signedAt()).isEqualTo(AT);
        assertThat(WritingContractsTest.text(sealed))
                .contains(
                        "Signatures",
                        "Signed by: Ceri Morgan",
                        "Organisation: Canolfan Dŵr Women's Centre",
                        contract.sha256());
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
        try (PDDocument document = Loader.loadPDF(sealed);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
        SignatureRecord stale =
                new SignatureRecord("Ceri Morgan", PARTNER.name(), "authorised signatory", AT, "0".repeat(64));

        assertThatThrownBy(() ->
                        signing.finalDocument(contract, ContractTerms.Language.ENGLISH, List.of(stale), PLATFORM, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signed again");
    }

    @Test
    void an_altered_agreement_resealed_by_another_key_with_the_same_name_is_refused() {
        PlatformCertificate impostor =
                PlatformCertificate.selfSigned("Marketplace test seal", Clock.fixed(AT, ZoneOffset.UTC));
        assertThat(impostor.certificate().getSubjectX500Principal())
                .isEqualTo(PLATFORM.certificate().getSubjectX500Principal());
        RenderedContract altered =
                new ContractRenderer().render(partnerAgreement(PARTNER, ContractTerms.Language.ENGLISH, "90"));
        byte[] resealed = signing.finalDocument(
                altered,
                ContractTerms.Language.ENGLISH,
                List.of(new SignatureRecord(
                        "Ceri Morgan", PARTNER.name(), "authorised signatory", AT, altered.sha256())),
                impostor,
                AT);

        ContractVerification.Verification checked = verification.verify(resealed);

        assertThat(checked.intact()).isFalse();
        assertThat(checked.problems()).anyMatch(p -> p.contains("not sealed by the platform"));
    }

    @Test
    void a_contract_sealed_under_a_retired_certificate_kept_as_a_trust_anchor_still_verifies() {
        PlatformCertificate current =
                PlatformCertificate.selfSigned("Marketplace seal 2027", Clock.fixed(AT, ZoneOffset.UTC));
        byte[] sealedBeforeRotation = sealedByBoth();

        assertThat(new ContractVerification(List.of(current.certificate()))
                        .verify(sealedBeforeRotation)
                        .intact())
                .as("the retired certificate forgotten")
                .isFalse();
        ContractVerification afterRotation =
                new ContractVerification(List.of(current.certificate(), PLATFORM.certificate()));
        assertThat(afterRotation.verify(sealedBeforeRotation).intact()).isTrue();
        assertThat(afterRotation.verify(sealedBeforeRotation).signer()).contains("Marketplace test seal");
    }

    @Test
    void trust_anchors_are_read_from_pem_or_base64() throws Exception {
        PlatformCertificate retired =
                PlatformCertificate.selfSigned("Marketplace seal 2025", Clock.fixed(AT, ZoneOffset.UTC));
        String base64 = Base64.getEncoder().encodeToString(retired.certificate().getEncoded());
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(PLATFORM.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n";

        assertThat(TrustAnchors.parse(pem + pem.replace("\n", "\r\n")))
                .containsExactly(PLATFORM.certificate(), PLATFORM.certificate());
        assertThat(TrustAnchors.parse(base64 + ", " + base64))
                .containsExactly(retired.certificate(), retired.certificate());
        assertThat(TrustAnchors.parse("  ")).isEmpty();
        assertThatThrownBy(() -> TrustAnchors.parse("not a certificate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trusted seal certificate");
    }

    @Test
    void an_unsigned_file_is_not_intact() {
        assertThat(verification.verify(contract.pdf()).problems()).containsExactly("The document is not signed");
    }

    private byte[] sealedByBoth() {
        return signing.finalDocument(
                contract,
                ContractTerms.Language.ENGLISH,
                List.of(
                        new SignatureRecord(
                                "Rhys Evans",
                                "Cymru Rehabilitation Partnership",
                                "authorised signatory",
                                AT.minusSeconds(3600),
                                contract.sha256()),
                        new SignatureRecord(
                                "Ceri Morgan",
                                PARTNER.name(),
                                "authorised signatory",
                                AT.minusSeconds(60),
                                contract.sha256())),
                PLATFORM,
                AT);
    }
}
