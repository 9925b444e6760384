package uk.gov.justice.marketplace.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes the final, signed contract: once every party has signed the document in the portal, a signature page
 * listing each signature is added and the platform seals the whole file with a real PDF digital signature
 * (PKCS#7 detached, SHA-256 with RSA), so anyone can check offline that it has not changed since.
 */
public final class ContractSigning {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final DocumentRenderer documents = new DocumentRenderer();

    public byte[] finalDocument(
            RenderedContract contract,
            ContractTerms.Language language,
            List<SignatureRecord> signatures,
            PlatformCertificate platform,
            Instant at) {
        for (SignatureRecord signature : signatures) {
            if (!signature.documentSha256().equals(contract.sha256())) {
                throw new IllegalArgumentException(signature.signer() + " signed a different version of this "
                        + "document: it must be signed again");
            }
        }
        return seal(withSignaturePage(contract, language, signatures), platform, at);
    }

    /** The contract's own pages, unchanged, then the signature page written from its template. */
    private byte[] withSignaturePage(
            RenderedContract contract, ContractTerms.Language language, List<SignatureRecord> signatures) {
        byte[] page = documents
                .render("signature-page", language, Map.of("signatures", signatures, "when", WHEN))
                .pdf();
        try (PDDocument document = Loader.loadPDF(contract.pdf());
                PDDocument signed = Loader.loadPDF(page);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PDFMergerUtility().appendDocument(document, signed);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] seal(byte[] pdf, PlatformCertificate platform, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(platform.certificate().getSubjectX500Principal().getName());
            signature.setReason("All parties signed in the Marketplace for Rehabilitation Services");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            document.addSignature(signature, cms(platform));
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignatureInterface cms(PlatformCertificate platform) {
        return content -> {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(
                        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                                .build(
                                        new JcaContentSignerBuilder("SHA256withRSA").build(platform.key()),
                                        platform.certificate()));
                generator.addCertificates(new JcaCertStore(platform.chain()));
                return generator
                        .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                        .getEncoded();
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                throw new IOException("Could not seal the contract", e);
            }
        };
    }
}
