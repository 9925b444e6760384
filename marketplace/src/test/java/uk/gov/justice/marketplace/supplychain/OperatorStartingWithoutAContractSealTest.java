package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.RunMode;
import uk.gov.justice.marketplace.contracts.ContractSigning;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.contracts.ContractVerification;
import uk.gov.justice.marketplace.contracts.PlatformCertificate;
import uk.gov.justice.marketplace.contracts.RenderedContract;
import uk.gov.justice.marketplace.support.Pdfs;

/**
 * An operator starts the service: outside development it refuses to start without the platform's seal; with one
 * configured, contracts verify under it and under the retired seals kept as trust anchors, and under nothing else.
 */
class OperatorStartingWithoutAContractSealTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private static final ContractSealSettings NO_SEAL = new ContractSealSettings(null, null, null);

    private final ContractSeal seal = new ContractSeal();

    @Test
    void outside_development_the_service_refuses_to_start_without_a_seal() {
        assertThatThrownBy(() -> seal.platformCertificate(CLOCK, NO_SEAL, new RunMode(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MARKETPLACE_CONTRACTS_SEAL_P12")
                .hasMessageContaining("MARKETPLACE_CONTRACTS_SEAL_PASSWORD");
    }

    @Test
    void in_development_contracts_are_sealed_with_a_self_signed_certificate() {
        PlatformCertificate development = seal.platformCertificate(CLOCK, NO_SEAL, new RunMode(true));

        assertThat(development.certificate().getSubjectX500Principal().getName())
                .contains("(development)");
    }

    @Test
    void a_configured_seal_is_used_and_a_retired_one_kept_as_trust_anchor_still_verifies() throws Exception {
        PlatformCertificate current = PlatformCertificate.selfSigned("Marketplace seal 2027", CLOCK);
        PlatformCertificate retired = PlatformCertificate.selfSigned("Marketplace seal 2025", CLOCK);
        PlatformCertificate stranger = PlatformCertificate.selfSigned("Marketplace seal 2027", CLOCK);
        ContractSealSettings settings = new ContractSealSettings(
                pkcs12(current, "seal password"),
                "seal password",
                Base64.getEncoder().encodeToString(retired.certificate().getEncoded()));

        PlatformCertificate configured = seal.platformCertificate(CLOCK, settings, new RunMode(false));
        ContractVerification verification = seal.verification(configured, settings);

        assertThat(configured.certificate()).isEqualTo(current.certificate());
        assertThat(verification.verify(sealedBy(current)).intact()).isTrue();
        assertThat(verification.verify(sealedBy(retired)).intact()).isTrue();
        assertThat(verification.verify(sealedBy(stranger)).intact()).isFalse();
    }

    private static byte[] sealedBy(PlatformCertificate certificate) throws Exception {
        byte[] draft = Pdfs.withText("Partner agreement");
        return new ContractSigning()
                .finalDocument(
                        new RenderedContract(draft, "fingerprint", "sha256", 0),
                        ContractTerms.Language.ENGLISH,
                        List.of(),
                        certificate,
                        AT);
    }

    private static String pkcs12(PlatformCertificate certificate, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "seal",
                certificate.key(),
                password.toCharArray(),
                certificate.chain().toArray(new Certificate[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password.toCharArray());
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
