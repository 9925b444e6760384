package uk.gov.justice.marketplace.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.search.SearchResults.FacetCount;

/** Facet counts in the one order both engines answer with: most first, then by value. */
final class FacetCounts {

    private FacetCounts() {}

    static List<FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }
}
