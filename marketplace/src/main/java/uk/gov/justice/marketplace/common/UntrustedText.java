package uk.gov.justice.marketplace.common;

import java.io.IOException;

/**
 * The one rule for text from outside (a JSON body or a portal form): PostgreSQL cannot store NUL in text or jsonb,
 * an unpaired UTF-16 surrogate is not text at all, and control characters other than tab, line feed and carriage
 * return are never typed by a person but can forge log lines or break a CSV. A script is told (the field refused);
 * a person's browser sent them only with a paste they cannot see, so {@link #cleaned} leaves them out. Text longer
 * than its field's limit is refused on both channels. The limit is the field's own ({@code @Size(max)}) or
 * {@link #DEFAULT_MAX_LENGTH}, above every answer's own limit, so the domain's finer message is the one people see.
 */
public final class UntrustedText {

    /** Characters in a string that declares no limit of its own: the longest answer (case studies) is 10,000. */
    public static final int DEFAULT_MAX_LENGTH = 20_000;

    private static final ThreadLocal<Boolean> READING_OWN_STORE = ThreadLocal.withInitial(() -> false);

    private UntrustedText() {}

    /** The value as given, or a refusal naming the field; null stays null (the caller decides if it is missing). */
    public static String refused(String field, String value, int maxLength) {
        String checked = withinLimit(field, value, maxLength);
        if (checked != null && !readable(checked)) {
            throw new InvalidInput(field, "error.text.unreadable");
        }
        return checked;
    }

    /** The value without what cannot be stored: control characters dropped, an unpaired surrogate made U+FFFD. */
    public static String cleaned(String field, String value, int maxLength) {
        String checked = withinLimit(field, value, maxLength);
        if (checked == null || readable(checked)) {
            return checked;
        }
        StringBuilder clean = new StringBuilder(checked.length());
        for (int i = 0; i < checked.length(); i++) {
            char c = checked.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < checked.length()
                    && Character.isLowSurrogate(checked.charAt(i + 1))) {
                clean.append(c).append(checked.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else if (!isControl(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    public static boolean readable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /**
     * Reads a document the service stored itself: its text passed this rule on the way in, and a record kept from
     * before the rule must still open.
     */
    public static <T> T fromOwnStore(Read<T> read) throws IOException {
        boolean outer = READING_OWN_STORE.get();
        READING_OWN_STORE.set(true);
        try {
            return read.read();
        } finally {
            READING_OWN_STORE.set(outer);
        }
    }

    /** Decoding a stored document. */
    @FunctionalInterface
    public interface Read<T> {
        T read() throws IOException;
    }

    public static boolean readingOwnStore() {
        return READING_OWN_STORE.get();
    }

    private static String withinLimit(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidInput(field, "error.text.tooLong");
        }
        return value;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
    }
}
