package uk.gov.justice.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.search.RateCardFixtures.EMPLOYMENT;
import static uk.gov.justice.marketplace.search.RateCardFixtures.MENTORING;
import static uk.gov.justice.marketplace.search.RateCardFixtures.PLACEMENT;
import static uk.gov.justice.marketplace.search.RateCardFixtures.RECOVERY;
import static uk.gov.justice.marketplace.search.RateCardFixtures.TENANCY;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.gov.justice.marketplace.search.DocumentQuery.Order;

/**
 * What any engine must do for the rate card's services, beside the providers in an index of their own:
 * price ranges, sorting by price, areas by containment, words, facets, and rebuilding one kind without touching the
 * other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RateCardSearchContract {

    private DocumentIndex<RateCardDocument> services;
    private ProviderSearch providers;

    /** A new engine's index of rate-card services, empty. */
    abstract DocumentIndex<RateCardDocument> newServices();

    /** A new engine's provider search, empty, on the same engine. */
    abstract ProviderSearch newProviders();

    @BeforeAll
    void loadBothKinds() {
        services = newServices();
        providers = newProviders();
        services.replaceAll(RateCardFixtures.SERVICES.stream());
        providers.replaceAll(SearchFixtures.PROVIDERS.stream());
    }

    @AfterAll
    void closeTheEngines() {
        services.close();
        providers.close();
    }

    @Test
    void a_price_range_finds_the_services_priced_within_it_bounds_included() {
        assertThat(ids(q().range("price", 4_500L, 60_000L))).containsExactly(EMPLOYMENT, MENTORING, TENANCY);
    }

    @Test
    void a_price_range_with_one_bound_is_open_on_the_other_side() {
        assertThat(ids(q().range("price", null, 4_500L))).containsExactly(MENTORING, RECOVERY);
        assertThat(ids(q().range("price", 60_001L, null))).containsExactly(PLACEMENT);
    }

    @Test
    void services_sort_by_price_cheapest_or_dearest_first() {
        assertThat(ids(q().order(Order.by("price"))))
                .containsExactly(RECOVERY, MENTORING, TENANCY, EMPLOYMENT, PLACEMENT);
        assertThat(ids(q().order(Order.byDescending("price"))))
                .containsExactly(PLACEMENT, EMPLOYMENT, TENANCY, MENTORING, RECOVERY);
    }

    @Test
    void an_area_finds_services_in_areas_containing_it_or_inside_it() {
        assertThat(ids(q().inArea("area", "gwent"))).containsExactly(MENTORING, TENANCY);
        assertThat(ids(q().inArea("area", "region-wales").order(Order.by("price"))))
                .containsExactly(RECOVERY, MENTORING, TENANCY);
    }

    @Test
    void words_find_the_services_they_match_best_match_first() {
        DocumentResults results = services.search(q().text("mentoring").build());

        assertThat(results.ids()).containsExactly(MENTORING, EMPLOYMENT);
        assertThat(results.hits().get(0).snippets()).first().satisfies(snippet -> {
            assertThat(snippet.field()).isEqualTo("description");
            assertThat(snippet.parts())
                    .filteredOn(SearchResults.Part::matched)
                    .extracting(SearchResults.Part::text)
                    .containsExactly("mentoring");
        });
    }

    @Test
    void capacity_left_in_a_period_finds_the_services_with_that_many_units_free_in_a_related_area() {
        assertThat(ids(q().atLeastInArea("left_this_period", 5, null).order(Order.by("price"))))
                .containsExactly(MENTORING, EMPLOYMENT);
        assertThat(ids(q().atLeastInArea("left_next_period", 5, "gwent"))).containsExactly(TENANCY);
        assertThat(ids(q().atLeastInArea("left_this_period", 1, "gwent").order(Order.by("price"))))
                .containsExactly(MENTORING, TENANCY);
    }

    @Test
    void units_taken_by_an_order_drop_the_service_out_of_a_capacity_search_once_reindexed() {
        try {
            services.index(RateCardFixtures.employmentCourseWithLeft(4));

            assertThat(ids(q().atLeastInArea("left_this_period", 5, "west-yorkshire")))
                    .isEmpty();
        } finally {
            services.index(RateCardFixtures.SERVICES.get(3));
        }
        assertThat(ids(q().atLeastInArea("left_this_period", 5, "west-yorkshire")))
                .containsExactly(EMPLOYMENT);
    }

    @Test
    void welsh_delivery_and_evidence_are_yes_or_no_filters() {
        assertThat(ids(q().is("welsh", true).order(Order.by("price")))).containsExactly(RECOVERY, MENTORING, TENANCY);
        assertThat(ids(q().is("evidence", true).order(Order.by("price"))))
                .containsExactly(TENANCY, EMPLOYMENT, PLACEMENT);
    }

    @Test
    void words_in_welsh_or_in_the_providers_name_find_the_service() {
        assertThat(ids(q().text("cymraeg recovery"))).containsExactly(RECOVERY);
        assertThat(ids(q().text("tyneside"))).containsExactly(PLACEMENT);
    }

    @Test
    void every_facet_of_the_kind_is_counted_over_all_matches() {
        DocumentResults results =
                services.search(q().inArea("area", "region-wales").pageSize(1).build());

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.facets())
                .containsOnlyKeys("speciality", "cohort", "unit", "area", "welsh", "evidence", "jdl");
        assertThat(results.facets().get("unit").stream()
                        .collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count)))
                .isEqualTo(Map.of("SESSION", 2L, "WEEK", 1L));
    }

    @Test
    void a_hit_carries_what_the_kind_shows() {
        DocumentResults.Hit hit = services.search(
                        q().anyOf("unit", Set.of("WEEK")).build())
                .hits()
                .get(0);

        assertThat(hit.id()).isEqualTo(TENANCY);
        assertThat(hit.value("provider")).isEqualTo("Tai Cymru Housing");
        assertThat(hit.value("title_en")).isEqualTo("Tenancy support");
        assertThat(hit.value("price")).isEqualTo("12000");
        assertThat(hit.values("area")).containsExactly("region-wales");
    }

    @Test
    void a_repriced_offer_moves_in_the_price_order() {
        try {
            services.index(RateCardFixtures.recoveryGroupAt(200_000));

            assertThat(ids(q().order(Order.byDescending("price")))).startsWith(RECOVERY, PLACEMENT);
        } finally {
            services.index(RateCardFixtures.SERVICES.get(2));
        }
        assertThat(ids(q().order(Order.byDescending("price")))).endsWith(MENTORING, RECOVERY);
    }

    @Test
    void rebuilding_the_services_leaves_the_providers_index_as_it_was_and_the_other_way_round() {
        ProviderSearch.IndexHealth providersBefore = providers.health();
        services.replaceAll(RateCardFixtures.SERVICES.stream().limit(2));

        assertThat(services.health().documents()).isEqualTo(2);
        assertThat(providers.health()).isEqualTo(providersBefore);
        assertThat(providers.search(ProviderQuery.builder().build()).total())
                .isEqualTo(SearchFixtures.PROVIDERS.size());

        DocumentIndex.Health servicesBefore = services.health();
        providers.replaceAll(SearchFixtures.PROVIDERS.stream());
        assertThat(services.health()).isEqualTo(servicesBefore);
        services.replaceAll(RateCardFixtures.SERVICES.stream());
        assertThat(services.search(q().build()).total()).isEqualTo(RateCardFixtures.SERVICES.size());
    }

    @Test
    void refuses_an_upside_down_range_naming_the_field_and_an_undeclared_field_outright() {
        assertThatThrownBy(
                        () -> services.search(q().range("price", 5_000L, 100L).build()))
                .isInstanceOf(InvalidSearch.class)
                .extracting("field")
                .isEqualTo("price");
        assertThatThrownBy(
                        () -> services.search(q().anyOf("colour", Set.of("red")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidSearch.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(
                        () -> services.search(q().order(Order.by("description")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description");
    }

    private java.util.List<String> ids(DocumentQuery.Builder query) {
        return services.search(query.build()).ids();
    }

    private static DocumentQuery.Builder q() {
        return DocumentQuery.builder();
    }
}
