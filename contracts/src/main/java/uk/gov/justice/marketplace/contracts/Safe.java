package uk.gov.justice.marketplace.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Untrusted text made drawable: control characters become spaces, characters the embedded font lacks become '?'.
 * Applied to a whole filled template, so no value a template forgot can slip past it.
 */
final class Safe {

    private static final TrueTypeFont FONT = font();

    private Safe() {}

    /** The document's text; line breaks and tabs (the markup's own layout) are kept. */
    static String text(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                safe.appendCodePoint(cp);
            } else if (Character.isISOControl(cp)) {
                safe.append(' ');
            } else {
                safe.appendCodePoint(drawable(cp) ? cp : '?');
            }
        });
        return safe.toString();
    }

    /** A value for a single line (a footer): every kind of white space becomes one space. */
    static String line(String value) {
        return text(value).replaceAll("\\s+", " ").trim();
    }

    private static boolean drawable(int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return true;
        }
        try {
            return FONT.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static TrueTypeFont font() {
        try {
            return new TTFParser()
                    .parse(new RandomAccessReadBuffer(DocumentRenderer.Fonts.bytes(DocumentRenderer.Fonts.REGULAR)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
