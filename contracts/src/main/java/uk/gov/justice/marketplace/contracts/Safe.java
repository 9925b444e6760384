package uk.gov.justice.marketplace.contracts;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;

/** Untrusted text made drawable: control characters become spaces, characters the font lacks become '?'. */
final class Safe {

    private Safe() {
    }

    static String text(String value, PDType0Font font) {
        StringBuilder safe = new StringBuilder();
        (value == null ? "" : value).codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                safe.append(' ');
            } else if (drawable(cp, font)) {
                safe.appendCodePoint(cp);
            } else {
                safe.append('?');
            }
        });
        return safe.toString().replaceAll(" +", " ").trim();
    }

    private static boolean drawable(int codePoint, PDType0Font font) {
        try {
            return font.hasGlyph(codePoint) && font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
