package uk.gov.justice.marketplace.search;

import java.util.List;
import java.util.Map;

/** One page of providers in order, how many matched in all, and the counts for every facet over all matches. */
public record SearchResults(long total, int page, int pageSize, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** A provider found: what it is and does, and passages of its text that matched the words searched for. */
    public record Hit(
            String id,
            String name,
            String legalForm,
            List<String> specialities,
            List<String> cohorts,
            List<String> areas,
            boolean welshLanguageService,
            boolean justiceDataLabResult,
            List<Snippet> snippets) {}

    /** A value of a facet and how many matching providers have it; most first, then by value. */
    public record FacetCount(String value, long count) {}

    /** A passage of text as parts, each marked if it matched, so a page can show it safely. */
    public record Snippet(String field, List<Part> parts) {}

    public record Part(String text, boolean matched) {}

    public List<String> ids() {
        return hits.stream().map(Hit::id).toList();
    }
}
