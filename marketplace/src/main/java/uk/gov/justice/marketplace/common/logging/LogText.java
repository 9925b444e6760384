package uk.gov.justice.marketplace.common.logging;

/**
 * What may reach a log line. Names, emails and reasons are typed by users, and a line break or a terminal or bidi
 * control in one would let them forge a log line or hide part of one. Every such character is written as a visible
 * escape instead, so one event stays one line and reads as it was.
 */
public final class LogText {

    private LogText() {}

    public static String safe(String text) {
        if (text == null || text.codePoints().noneMatch(LogText::isControl)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> {
                    if (isControl(c)) {
                        safe.append(String.format("\\u%04x", c));
                    } else {
                        safe.appendCodePoint(c);
                    }
                }
            }
        });
        return safe.toString();
    }

    /** C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional formatting marks. */
    static boolean isControl(int c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c
                || c == 0x200e
                || c == 0x200f
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
