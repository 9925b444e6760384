package uk.gov.justice.marketplace.contracts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key and certificate the platform seals signed contracts with: from a PKCS#12 file in production, or made on
 * the spot (self-signed) for development and tests.
 */
public record PlatformCertificate(PrivateKey key, List<X509Certificate> chain) {

    public PlatformCertificate {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public static PlatformCertificate fromPkcs12(byte[] p12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password);
            String alias = store.aliases().nextElement();
            Certificate[] certificates = store.getCertificateChain(alias);
            return new PlatformCertificate(
                    (PrivateKey) store.getKey(alias, password),
                    Arrays.stream(certificates).map(X509Certificate.class::cast).toList());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("The platform certificate could not be read: " + e.getMessage(), e);
        }
    }

    public static PlatformCertificate selfSigned(String commonName, Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name name = new X500Name("CN=" + commonName.replace(",", " ") + ", O=Marketplace for Rehabilitation "
                    + "Services (development)");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    name,
                    pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .setProvider(new BouncyCastleProvider())
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new PlatformCertificate(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not make a development certificate", e);
        }
    }
}
