package uk.gov.justice.marketplace.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in an email as the log may show them: where they lead, never the one-use token that opens them. A link's
 * query and fragment go, and so does any path segment long enough to be a secret (a token's prefix, such as inv_,
 * is kept so an operator can still tell an invitation from a reset).
 */
final class LinkRedaction {

    static final String HIDDEN = "[hidden]";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern SECRET_SEGMENT = Pattern.compile("(?<=/)([a-z]{1,8}_)?[A-Za-z0-9_-]{16,}(?=/|$)");
    private static final Pattern AFTER_PATH = Pattern.compile("[?#].*$");

    private LinkRedaction() {}

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher links = LINK.matcher(text);
        StringBuilder redacted = new StringBuilder();
        while (links.find()) {
            String link = AFTER_PATH.matcher(links.group()).replaceFirst("");
            Matcher secrets = SECRET_SEGMENT.matcher(link);
            StringBuilder shown = new StringBuilder();
            while (secrets.find()) {
                String prefix = secrets.group(1) == null ? "" : secrets.group(1);
                secrets.appendReplacement(shown, Matcher.quoteReplacement(prefix + HIDDEN));
            }
            secrets.appendTail(shown);
            links.appendReplacement(redacted, Matcher.quoteReplacement(shown.toString()));
        }
        links.appendTail(redacted);
        return redacted.toString();
    }
}
