package uk.gov.justice.marketplace.contracts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes flowing text onto A4 pages: wraps at the margin (breaking a word too long for a line), starts a new page
 * when one is full, and replaces anything the embedded font cannot draw, so untrusted text never breaks a page.
 */
final class PageWriter implements AutoCloseable {

    static final float MARGIN = 56;
    static final float FOOTER = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    final PDType0Font regular;
    final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument document) {
        this.document = document;
        this.regular = font(document, "/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
    }

    void heading(String text) {
        gap(8);
        paragraph(text, bold, 12);
    }

    void paragraph(String text, PDType0Font font, float size) {
        for (String line : wrap(Safe.text(text, font), font, size)) {
            line(line, font, size);
        }
        gap(4);
    }

    void gap(float points) {
        y -= points;
    }

    @Override
    public void close() {
        closePage();
    }

    private void line(String text, PDType0Font font, float size) {
        float leading = size * 1.4f;
        if (content == null || y - leading < MARGIN + FOOTER) {
            newPage();
        }
        y -= leading;
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void closePage() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    static List<String> wrap(String text, PDType0Font font, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            for (String piece : pieces(word, font, size)) {
                String candidate = line.isEmpty() ? piece : line + " " + piece;
                if (width(candidate, font, size) > WIDTH && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(piece);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** A word wider than the line is cut into pieces that fit. */
    private static List<String> pieces(String word, PDType0Font font, float size) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String next = piece + new String(Character.toChars(cp));
            if (width(next, font, size) > WIDTH && !piece.isEmpty()) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        });
        pieces.add(piece.toString());
        return pieces;
    }

    static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) {
        try (InputStream in = PageWriter.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
