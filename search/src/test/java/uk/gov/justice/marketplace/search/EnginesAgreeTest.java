package uk.gov.justice.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both engines, side by side, on the same register: the same providers in the same order, the same facet counts and
 * the same snippets, including ranking by relevance, where the order comes from each engine's own BM25 scoring.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnginesAgreeTest {

    private ProviderSearch lucene;
    private ProviderSearch elasticsearch;

    @BeforeAll
    void loadBoth() {
        lucene = new LuceneProviderSearch(SearchFixtures.GEOGRAPHY);
        ElasticsearchProviderSearch es = new ElasticsearchProviderSearch(
                ElasticsearchNode.shared().url(), "agreeing-providers", SearchFixtures.GEOGRAPHY, Clock.systemUTC());
        es.ensureIndex();
        elasticsearch = es;
        lucene.replaceAll(SearchFixtures.PROVIDERS.stream());
        elasticsearch.replaceAll(SearchFixtures.PROVIDERS.stream());
    }

    @AfterAll
    void closeBoth() {
        lucene.close();
        elasticsearch.close();
    }

    static Stream<Arguments> queries() {
        Stream<Arguments> ranked = Stream.of(
                        "women",
                        "women accommodation",
                        "housing",
                        "housed women probation",
                        "reoffending control group",
                        "veterans",
                        "mentoring young adults",
                        "recovery")
                .map(words -> Arguments.of(
                        "ranked: " + words, ProviderQuery.builder().text(words).build(), null));
        return Stream.concat(SearchTable.queries(), ranked);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void give_the_same_answer(String name, ProviderQuery query, Object expected) {
        SearchResults fromLucene = lucene.search(query);
        SearchResults fromElasticsearch = elasticsearch.search(query);

        assertThat(fromElasticsearch.ids()).containsExactlyElementsOf(fromLucene.ids());
        assertThat(fromElasticsearch.total()).isEqualTo(fromLucene.total());
        assertThat(fromElasticsearch.facets()).isEqualTo(fromLucene.facets());
        assertThat(fromElasticsearch.hits()).isEqualTo(fromLucene.hits());
    }
}
