package uk.gov.justice.marketplace.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * An uploaded file accepted as PDF evidence only if its content is a PDF PDFBox can open (whatever its name says),
 * within the size and page limits, not password-protected, and read within its time; its text is read (for
 * search, where that is wanted). Its name always ends in .pdf, so a download is never offered as anything else.
 */
public record PdfEvidence(String fileName, byte[] content, String text) {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_TEXT = 1_000_000;
    private static final int MAX_NAME = 200;
    private static final String EXTENSION = ".pdf";

    public PdfEvidence {
        fileName = cleanName(fileName);
    }

    /** The body of an upload, read only once the caller may upload and its declared size is within the limit. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    static void checkBytes(byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw new InvalidInput("file", "error.evidence.empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInput("file", "error.evidence.tooLarge");
        }
        if (content.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw new InvalidInput("file", "error.evidence.notPdf");
        }
    }

    /** Parses the file; runs in {@link PdfWorker}, which interrupts it when the deadline passes. */
    static PdfEvidence read(String fileName, byte[] content, int maxPages, long deadlineNanos) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new InvalidInput("file", "error.evidence.encrypted");
            }
            if (document.getNumberOfPages() > maxPages) {
                throw new InvalidInput("file", "error.pdf.tooManyPages");
            }
            String text = new BoundedTextStripper(deadlineNanos).getText(document);
            return new PdfEvidence(fileName, content, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (IOException e) {
            throw new InvalidInput("file", "error.evidence.notPdf");
        } catch (Abandoned e) {
            throw new InvalidInput("file", "error.pdf.tooSlow");
        }
    }

    /**
     * Only the last path segment, letters, digits and a few safe marks, so it is safe in a download header and on
     * any disk; always ending in .pdf.
     */
    public static String cleanName(String name) {
        String base = name == null
                ? ""
                : name.replaceAll(".*[/\\\\]", "")
                        .replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_")
                        .replaceAll("^[.\\s]+", "")
                        .trim();
        if (base.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            base = base.substring(0, base.length() - EXTENSION.length()).trim();
        }
        if (base.isEmpty()) {
            base = "evidence";
        }
        int room = MAX_NAME - EXTENSION.length();
        return (base.length() > room ? base.substring(0, room) : base) + EXTENSION;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * PDFBox never looks at interruption, and a few kilobytes of nested forms can ask for billions of operators; so
     * each operator checks the deadline and the interrupt. Unchecked, because PDFBox swallows IOExceptions raised
     * while drawing a form and would carry on.
     */
    private static final class BoundedTextStripper extends PDFTextStripper {

        private final long deadlineNanos;

        BoundedTextStripper(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
                throw new Abandoned();
            }
            super.processOperator(operator, operands);
        }
    }

    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("PDF parse abandoned at its time limit", null, false, false);
        }
    }
}
