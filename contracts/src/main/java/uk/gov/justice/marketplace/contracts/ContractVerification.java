package uk.gov.justice.marketplace.contracts;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a sealed contract offline: it has a signature, the signature covers the whole file (nothing was added
 * after sealing), and the signature matches the signed bytes under one of the platform's own seal certificates.
 * The certificates inside the PDF are never trusted: anyone can make a key and a certificate with the platform's
 * name, so the signer is looked up among the trusted certificates (the current seal and those retired after a
 * rotation) and the signature checked with that certificate's key.
 */
public final class ContractVerification {

    private final List<X509CertificateHolder> trusted;

    public ContractVerification(Collection<X509Certificate> trustedSeals) {
        if (trustedSeals.isEmpty()) {
            throw new IllegalArgumentException("Verification needs at least one trusted seal certificate");
        }
        this.trusted = trustedSeals.stream().map(ContractVerification::holder).toList();
    }

    /** What the check found; intact only if there are no problems. */
    public record Verification(boolean intact, String signer, Instant signedAt, List<String> problems) {}

    public Verification verify(byte[] pdf) {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Verification(false, null, null, List.of("The document is not signed"));
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                problems.add("The document was changed after it was signed (the signature does not cover it all)");
            }
            String signer = check(signature, pdf, problems);
            Instant at = signature.getSignDate() == null
                    ? null
                    : signature.getSignDate().toInstant();
            return new Verification(problems.isEmpty(), signer, at, problems);
        } catch (IOException e) {
            return new Verification(false, null, null, List.of("The file is not a readable PDF"));
        }
    }

    private String check(PDSignature signature, byte[] pdf, List<String> problems) throws IOException {
        try {
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signedContent(signature.getContents(pdf)));
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            for (X509CertificateHolder seal : trusted) {
                if (signer.getSID().match(seal)
                        && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(seal))) {
                    return seal.getSubject().toString();
                }
            }
            problems.add("The document was not sealed by the platform (no trusted seal certificate signed it)");
            return null;
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            problems.add("The signature does not match the document: " + e.getMessage());
            return null;
        }
    }

    /** The /Contents slot is zero-padded after the DER object; Bouncy Castle 1.84+ refuses trailing bytes. */
    private static ContentInfo signedContent(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("A trusted seal certificate could not be read", e);
        }
    }
}
