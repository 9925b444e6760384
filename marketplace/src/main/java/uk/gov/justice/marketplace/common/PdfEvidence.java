package uk.gov.justice.marketplace.common;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An uploaded file accepted as PDF evidence only if its content is a PDF PDFBox can open (whatever its name says),
 * within the size limit, and not password-protected; its text is read (for search, where that is wanted).
 */
public record PdfEvidence(String fileName, byte[] content, String text) {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TEXT = 1_000_000;
    private static final int MAX_NAME = 200;

    public static PdfEvidence read(String fileName, byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw new InvalidInput("file", "error.evidence.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInput("file", "error.evidence.tooLarge");
        }
        if (content.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw new InvalidInput("file", "error.evidence.notPdf");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new InvalidInput("file", "error.evidence.encrypted");
            }
            String text = new PDFTextStripper().getText(document);
            return new PdfEvidence(cleanName(fileName), content,
                    text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (IOException e) {
            throw new InvalidInput("file", "error.evidence.notPdf");
        }
    }

    /** Only the last path segment, without control characters, so it is safe in a download header. */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            return "evidence.pdf";
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
