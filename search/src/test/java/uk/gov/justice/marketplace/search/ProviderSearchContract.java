package uk.gov.justice.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What any provider search must do, run against each engine: the table of queries in {@link SearchTable}, then
 * facets, snippets, paging, updates and refusals. Results are in the order the query asks for; where that is
 * relevance, ties are broken by id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderSearchContract {

    private ProviderSearch search;

    /** A new engine with an empty index. */
    abstract ProviderSearch newEngine();

    @BeforeAll
    void loadTheRegister() {
        search = newEngine();
        search.replaceAll(SearchFixtures.PROVIDERS.stream());
    }

    @AfterAll
    void closeTheEngine() {
        search.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.gov.justice.marketplace.search.SearchTable#queries")
    void finds_what_the_table_says(String name, ProviderQuery query, List<String> expected) {
        SearchResults results = search.search(query);

        assertThat(results.ids()).containsExactlyElementsOf(expected);
    }

    @Test
    void counts_every_facet_over_all_matches() {
        SearchResults results = search.search(
                ProviderQuery.builder().area("region-wales").pageSize(1).build());

        assertThat(results.total()).isEqualTo(4);
        assertThat(results.hits()).hasSize(1);
        assertThat(counts(results, Facet.SPECIALITY))
                .containsExactly(
                        Map.entry("accommodation", 2L),
                        Map.entry("womens-services", 2L),
                        Map.entry("drugs-alcohol", 1L),
                        Map.entry("finance-benefit-debt", 1L));
        assertThat(counts(results, Facet.WELSH_LANGUAGE_SERVICE))
                .containsExactly(Map.entry("true", 3L), Map.entry("false", 1L));
        assertThat(counts(results, Facet.LEGAL_FORM))
                .containsExactly(Map.entry("CHARITY", 2L), Map.entry("CIC", 1L), Map.entry("CIO", 1L));
        assertThat(results.facets()).containsOnlyKeys(Facet.values());
    }

    @Test
    void shows_the_passages_that_matched() {
        SearchResults results =
                search.search(ProviderQuery.builder().text("reoffending").build());

        SearchResults.Hit gwent = results.hits().stream()
                .filter(h -> h.id().equals(SearchFixtures.GWENT))
                .findFirst()
                .orElseThrow();
        assertThat(gwent.name()).isEqualTo("Gwent Women's Centre");
        assertThat(gwent.snippets()).hasSize(1);
        SearchResults.Snippet snippet = gwent.snippets().get(0);
        assertThat(snippet.field()).isEqualTo("evidence_text");
        assertThat(snippet.parts())
                .filteredOn(SearchResults.Part::matched)
                .extracting(SearchResults.Part::text)
                .containsExactly("reoffending");
        assertThat(snippet.parts().stream().map(SearchResults.Part::text).collect(Collectors.joining()))
                .contains("one-year proven reoffending 21.5% against 29.0%");
    }

    @Test
    void pages_are_stable_and_add_up_to_everything() {
        List<String> everyone =
                search.search(ProviderQuery.builder().pageSize(100).build()).ids();
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(
                    search.search(ProviderQuery.builder().pageSize(2).page(page).build())
                            .ids());
        }

        assertThat(paged).containsExactlyElementsOf(everyone);
    }

    @Test
    void an_update_replaces_and_a_removal_removes() {
        ProviderDocument renamed = new ProviderDocument(
                "temporary",
                "Temporary Veterans Hub",
                "CIC",
                "UNDER_100K",
                false,
                List.of("accommodation"),
                List.of("veterans"),
                List.of("gwent"),
                Map.of("gwent", 5),
                "NONE",
                false,
                false,
                "",
                "",
                "",
                "",
                Instant.parse("2026-11-20T09:00:00Z"));
        search.index(renamed);
        search.index(new ProviderDocument(
                "temporary",
                "Temporary Veterans Centre",
                "CIC",
                "UNDER_100K",
                false,
                List.of("accommodation"),
                List.of("veterans"),
                List.of("gwent"),
                Map.of("gwent", 5),
                "NONE",
                false,
                false,
                "",
                "",
                "",
                "",
                Instant.parse("2026-11-21T09:00:00Z")));

        assertThat(search.search(ProviderQuery.builder().text("hub").build()).ids())
                .isEmpty();
        assertThat(search.search(ProviderQuery.builder().text("veterans centre").build())
                        .ids())
                .containsExactly("temporary");
        search.remove("temporary");
        assertThat(search.search(ProviderQuery.builder().text("veterans centre").build())
                        .ids())
                .isEmpty();
        assertThat(search.health().providers()).isEqualTo(SearchFixtures.PROVIDERS.size());
    }

    @Test
    void refuses_what_it_cannot_run_and_clamps_what_it_can() {
        assertThatThrownBy(() ->
                        search.search(ProviderQuery.builder().area("atlantis").build()))
                .isInstanceOf(InvalidSearch.class)
                .extracting("field")
                .isEqualTo("area");
        assertThatThrownBy(() -> search.search(
                        ProviderQuery.builder().text("w".repeat(10_000)).build()))
                .isInstanceOf(InvalidSearch.class)
                .extracting("field")
                .isEqualTo("text");
        assertThatThrownBy(
                        () -> search.search(ProviderQuery.builder().page(10_000).build()))
                .isInstanceOf(InvalidSearch.class)
                .extracting("field")
                .isEqualTo("page");
        assertThatThrownBy(
                        () -> search.search(ProviderQuery.builder().pageSize(-5).build()))
                .isInstanceOf(InvalidSearch.class)
                .extracting("field")
                .isEqualTo("pageSize");
        assertThat(search.search(ProviderQuery.builder().pageSize(1_000).build())
                        .pageSize())
                .isEqualTo(100);
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        return results.facets().get(facet).stream()
                .collect(Collectors.toMap(
                        SearchResults.FacetCount::value,
                        SearchResults.FacetCount::count,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
