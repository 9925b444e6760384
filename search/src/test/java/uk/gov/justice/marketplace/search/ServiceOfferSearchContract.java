package uk.gov.justice.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.search.ServiceOffers.EMPLOYMENT;
import static uk.gov.justice.marketplace.search.ServiceOffers.MENTORING;
import static uk.gov.justice.marketplace.search.ServiceOffers.PLACEMENT;
import static uk.gov.justice.marketplace.search.ServiceOffers.RECOVERY;
import static uk.gov.justice.marketplace.search.ServiceOffers.TENANCY;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.gov.justice.marketplace.search.DocumentQuery.Order;
import uk.gov.justice.marketplace.search.ServiceOffers.ServiceOffer;

/**
 * What any engine must do for a kind declared outside the library, beside the providers in an index of their own:
 * price ranges, sorting by price, areas by containment, words, facets, and rebuilding one kind without touching the
 * other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServiceOfferSearchContract {

    private DocumentIndex<ServiceOffer> offers;
    private ProviderSearch providers;

    /** A new engine's index of service offers, empty. */
    abstract DocumentIndex<ServiceOffer> newOffers();

    /** A new engine's provider search, empty, on the same engine. */
    abstract ProviderSearch newProviders();

    @BeforeAll
    void loadBothKinds() {
        offers = newOffers();
        providers = newProviders();
        offers.replaceAll(ServiceOffers.OFFERS.stream());
        providers.replaceAll(SearchFixtures.PROVIDERS.stream());
    }

    @AfterAll
    void closeTheEngines() {
        offers.close();
        providers.close();
    }

    @Test
    void a_price_range_finds_the_offers_priced_within_it_bounds_included() {
        assertThat(ids(q().range("price", 4_500L, 60_000L))).containsExactly(EMPLOYMENT, MENTORING, TENANCY);
    }

    @Test
    void a_price_range_with_one_bound_is_open_on_the_other_side() {
        assertThat(ids(q().range("price", null, 4_500L))).containsExactly(MENTORING, RECOVERY);
        assertThat(ids(q().range("price", 60_001L, null))).containsExactly(PLACEMENT);
    }

    @Test
    void offers_sort_by_price_cheapest_or_dearest_first() {
        assertThat(ids(q().order(Order.by("price"))))
                .containsExactly(RECOVERY, MENTORING, TENANCY, EMPLOYMENT, PLACEMENT);
        assertThat(ids(q().order(Order.byDescending("price"))))
                .containsExactly(PLACEMENT, EMPLOYMENT, TENANCY, MENTORING, RECOVERY);
    }

    @Test
    void an_area_finds_offers_in_areas_containing_it_or_inside_it() {
        assertThat(ids(q().inArea("areas", "gwent"))).containsExactly(MENTORING, TENANCY);
        assertThat(ids(q().inArea("areas", "region-wales").order(Order.by("price"))))
                .containsExactly(RECOVERY, MENTORING, TENANCY);
    }

    @Test
    void words_find_the_offers_they_match_best_match_first() {
        DocumentResults results = offers.search(q().text("mentoring").build());

        assertThat(results.ids()).containsExactly(MENTORING, EMPLOYMENT);
        assertThat(results.hits().get(0).snippets()).singleElement().satisfies(snippet -> {
            assertThat(snippet.field()).isEqualTo("description");
            assertThat(snippet.parts())
                    .filteredOn(SearchResults.Part::matched)
                    .extracting(SearchResults.Part::text)
                    .containsExactly("mentoring");
        });
    }

    @Test
    void every_facet_of_the_kind_is_counted_over_all_matches() {
        DocumentResults results =
                offers.search(q().inArea("areas", "region-wales").pageSize(1).build());

        assertThat(results.total()).isEqualTo(3);
        assertThat(results.facets()).containsOnlyKeys("unit", "specialities", "areas");
        assertThat(results.facets().get("unit").stream()
                        .collect(Collectors.toMap(SearchResults.FacetCount::value, SearchResults.FacetCount::count)))
                .isEqualTo(Map.of("per-session", 2L, "per-week", 1L));
    }

    @Test
    void a_hit_carries_what_the_kind_shows() {
        DocumentResults.Hit hit = offers.search(
                        q().anyOf("unit", Set.of("per-week")).build())
                .hits()
                .get(0);

        assertThat(hit.id()).isEqualTo(TENANCY);
        assertThat(hit.value("provider")).isEqualTo("Tai Cymru Housing");
        assertThat(hit.value("title")).isEqualTo("Tenancy support");
        assertThat(hit.value("price")).isEqualTo("12000");
        assertThat(hit.values("areas")).containsExactly("region-wales");
    }

    @Test
    void a_repriced_offer_moves_in_the_price_order() {
        try {
            offers.index(ServiceOffers.offer(
                    RECOVERY,
                    "Swansea Recovery Collective",
                    "Recovery group",
                    "Peer-led recovery group sessions.",
                    "per-session",
                    "drugs-alcohol",
                    "south-wales",
                    200_000));

            assertThat(ids(q().order(Order.byDescending("price")))).startsWith(RECOVERY, PLACEMENT);
        } finally {
            offers.index(ServiceOffers.OFFERS.get(2));
        }
        assertThat(ids(q().order(Order.byDescending("price")))).endsWith(MENTORING, RECOVERY);
    }

    @Test
    void rebuilding_the_offers_leaves_the_providers_index_as_it_was_and_the_other_way_round() {
        ProviderSearch.IndexHealth providersBefore = providers.health();
        offers.replaceAll(ServiceOffers.OFFERS.stream().limit(2));

        assertThat(offers.health().documents()).isEqualTo(2);
        assertThat(providers.health()).isEqualTo(providersBefore);
        assertThat(providers.search(ProviderQuery.builder().build()).total())
                .isEqualTo(SearchFixtures.PROVIDERS.size());

        DocumentIndex.Health offersBefore = offers.health();
        providers.replaceAll(SearchFixtures.PROVIDERS.stream());
        assertThat(offers.health()).isEqualTo(offersBefore);
        offers.replaceAll(ServiceOffers.OFFERS.stream());
        assertThat(offers.search(q().build()).total()).isEqualTo(ServiceOffers.OFFERS.size());
    }

    @Test
    void refuses_an_upside_down_range_naming_the_field_and_an_undeclared_field_outright() {
        assertThatThrownBy(() -> offers.search(q().range("price", 5_000L, 100L).build()))
                .isInstanceOf(InvalidSearch.class)
                .extracting("field")
                .isEqualTo("price");
        assertThatThrownBy(
                        () -> offers.search(q().anyOf("colour", Set.of("red")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidSearch.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(
                        () -> offers.search(q().order(Order.by("description")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description");
    }

    private java.util.List<String> ids(DocumentQuery.Builder query) {
        return offers.search(query.build()).ids();
    }

    private static DocumentQuery.Builder q() {
        return DocumentQuery.builder();
    }
}
