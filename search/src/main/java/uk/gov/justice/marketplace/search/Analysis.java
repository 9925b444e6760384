package uk.gov.justice.marketplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English analysis (possessives, lower case, stop words, Porter stemming) done here, in the library, for both
 * engines: documents are indexed and queries searched as stemmed words, which each engine only splits on spaces.
 * That keeps the two engines' answers identical and gives stemming even on Elasticsearch distributions without
 * the analysis-common module (the integration-test distribution has none).
 */
final class Analysis {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Analysis() {}

    /** A word found in a text, as its stem, with where it sits in the original. */
    record Token(String stem, int start, int end) {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ENGLISH.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The text as the engines index it: its stems, space separated. */
    static String indexable(String text) {
        return String.join(" ", tokens(text).stream().map(Token::stem).toList());
    }

    /** The distinct stems of what was typed into the search box, in order. */
    static Set<String> queryStems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        tokens(text).forEach(t -> stems.add(t.stem()));
        return stems;
    }
}
