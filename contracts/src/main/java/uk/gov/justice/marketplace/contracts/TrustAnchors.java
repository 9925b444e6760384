package uk.gov.justice.marketplace.contracts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Seal certificates to keep trusting besides the current one (those retired by a rotation still verify the
 * contracts they sealed), as an operator writes them in one setting: PEM blocks one after another, or base64 DER
 * separated by commas or spaces.
 */
public final class TrustAnchors {

    private TrustAnchors() {}

    public static List<X509Certificate> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            if (text.contains("-----BEGIN")) {
                factory.generateCertificates(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))
                        .forEach(c -> certificates.add((X509Certificate) c));
            } else {
                for (String one : text.trim().split("[,\\s]+")) {
                    certificates.add((X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(Base64.getDecoder().decode(one))));
                }
            }
            return List.copyOf(certificates);
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "A trusted seal certificate could not be read (PEM, or base64 DER " + "separated by commas): "
                            + e.getMessage(),
                    e);
        }
    }
}
