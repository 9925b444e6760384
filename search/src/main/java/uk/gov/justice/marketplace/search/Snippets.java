package uk.gov.justice.marketplace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.justice.marketplace.search.SearchResults.Part;
import uk.gov.justice.marketplace.search.SearchResults.Snippet;

/**
 * Passages around the words searched for, made here from the stored originals for both engines, so both show the
 * same snippets and a page never has to trust markup from an index.
 */
final class Snippets {

    private static final int CONTEXT = 80;
    private static final int MAX_SNIPPETS = 2;

    private Snippets() {}

    static List<Snippet> of(Map<String, String> originals, List<String> stems, List<String> order) {
        List<Snippet> snippets = new ArrayList<>();
        if (stems.isEmpty()) {
            return snippets;
        }
        Set<String> wanted = Set.copyOf(stems);
        for (String field : order) {
            String text = originals.getOrDefault(field, "");
            List<Analysis.Token> matches = Analysis.tokens(text).stream()
                    .filter(t -> wanted.contains(t.stem()))
                    .toList();
            if (!matches.isEmpty() && snippets.size() < MAX_SNIPPETS) {
                snippets.add(new Snippet(field, around(text, matches)));
            }
        }
        return snippets;
    }

    private static List<Part> around(String text, List<Analysis.Token> matches) {
        int start = wordStart(text, Math.max(0, matches.get(0).start() - CONTEXT));
        int end = wordEnd(text, Math.min(text.length(), matches.get(0).end() + 2 * CONTEXT));
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        int at = start;
        for (Analysis.Token match : matches) {
            if (match.start() < at || match.end() > end) {
                continue;
            }
            if (match.start() > at) {
                parts.add(new Part(text.substring(at, match.start()), false));
            }
            parts.add(new Part(text.substring(match.start(), match.end()), true));
            at = match.end();
        }
        if (at < end) {
            parts.add(new Part(text.substring(at, end), false));
        }
        if (end < text.length()) {
            parts.add(new Part("…", false));
        }
        return parts;
    }

    private static int wordStart(String text, int from) {
        int at = from;
        while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int from) {
        int at = from;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
