package uk.gov.justice.marketplace.search;

import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.search.SearchResults.FacetCount;
import uk.gov.justice.marketplace.search.SearchResults.Snippet;

/** One page of documents in order, how many matched in all, and the counts of every facet field over all matches. */
public record DocumentResults(
        long total, int page, int pageSize, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public DocumentResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * A document found: its id, the values of its display, keyword and number fields by name (numbers as decimal
     * text), and passages of its text that matched the words searched for.
     */
    public record Hit(String id, Map<String, List<String>> values, List<Snippet> snippets) {

        public Hit {
            values = Map.copyOf(values);
            snippets = List.copyOf(snippets);
        }

        public List<String> values(String field) {
            return values.getOrDefault(field, List.of());
        }

        /** The field's one value, or null if it has none. */
        public String value(String field) {
            List<String> all = values(field);
            return all.isEmpty() ? null : all.get(0);
        }
    }

    public List<String> ids() {
        return hits.stream().map(Hit::id).toList();
    }
}
