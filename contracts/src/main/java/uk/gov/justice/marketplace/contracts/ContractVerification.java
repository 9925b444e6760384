package uk.gov.justice.marketplace.contracts;

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

import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks a sealed contract offline: it has a signature, the signature covers the whole file (nothing was added
 * after sealing), and the signature matches the signed bytes and the certificate inside it.
 */
public final class ContractVerification {

    /** What the check found; intact only if there are no problems. */
    public record Verification(boolean intact, String signer, Instant signedAt, List<String> problems) {
    }

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
            Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
            return new Verification(problems.isEmpty(), signer, at, problems);
        } catch (IOException e) {
            return new Verification(false, null, null, List.of("The file is not a readable PDF"));
        }
    }

    private static String check(PDSignature signature, byte[] pdf, List<String> problems) throws IOException {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signedContent(signature.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder certificate = certificates.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                problems.add("The signature does not match the document");
            }
            return certificate.getSubject().toString();
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
}
