package uk.gov.justice.marketplace.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Elasticsearch 8 behind an alias: searches and writes go to the alias; a full reindex builds a new index from the
 * versioned settings and mapping (resources/elasticsearch) and moves the alias to it in one atomic step.
 */
public final class ElasticsearchProviderSearch implements ProviderSearch {

    static final String MAPPING_VERSION = "v1";
    private static final int FACET_SIZE = 500;
    private static final int BULK_SIZE = 1000;

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final String alias;
    private final AreaGeography geography;
    private final Clock clock;

    public ElasticsearchProviderSearch(String url, String alias, AreaGeography geography, Clock clock) {
        this.rest = RestClient.builder(HttpHost.create(url)).build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        this.alias = alias;
        this.geography = geography;
        this.clock = clock;
    }

    /** Makes the first index and points the alias at it, unless the alias already exists. */
    public void ensureIndex() {
        call(() -> {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                String index = createIndex();
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            }
            return null;
        });
    }

    @Override
    public void index(ProviderDocument provider) {
        call(() -> client.index(i -> i.index(alias).id(provider.id()).document(source(provider))
                .refresh(Refresh.True)));
    }

    @Override
    public void remove(String id) {
        call(() -> client.delete(d -> d.index(alias).id(id).refresh(Refresh.True)));
    }

    @Override
    public void replaceAll(Stream<ProviderDocument> providers) {
        call(() -> {
            Set<String> old = client.indices().existsAlias(e -> e.name(alias)).value()
                    ? client.indices().getAlias(g -> g.name(alias)).result().keySet() : Set.of();
            String index = createIndex();
            load(index, providers.iterator());
            client.indices().refresh(r -> r.index(index));
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            });
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            return null;
        });
    }

    @Override
    public SearchResults search(ProviderQuery query) {
        SearchPlan plan = SearchPlan.of(query, geography);
        SearchResponse<Map> response = call(() -> client.search(s -> s.index(alias).query(query(plan))
                .from(plan.from()).size(plan.size()).sort(sort(plan.sort())).trackTotalHits(t -> t.enabled(true))
                .aggregations(aggregations()), Map.class));
        List<SearchResults.Hit> hits = response.hits().hits().stream().map(h -> hit(h, plan)).toList();
        return new SearchResults(response.hits().total().value(), plan.page(), plan.size(), hits,
                facetCounts(response));
    }

    @Override
    public IndexHealth health() {
        try {
            Set<String> indices = client.indices().getAlias(g -> g.name(alias)).result().keySet();
            long count = client.count(c -> c.index(alias)).count();
            return new IndexHealth("elasticsearch", String.join(",", indices), count, true,
                    client.cluster().health().status().jsonValue());
        } catch (IOException | RuntimeException e) {
            return new IndexHealth("elasticsearch", alias, 0, false, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String createIndex() throws IOException {
        String index = alias + "-" + MAPPING_VERSION + "-" + clock.millis();
        try (InputStream definition = getClass().getResourceAsStream("/elasticsearch/providers-"
                + MAPPING_VERSION + ".json")) {
            client.indices().create(c -> c.index(index).withJson(definition));
        }
        return index;
    }

    private void load(String index, Iterator<ProviderDocument> providers) throws IOException {
        while (providers.hasNext()) {
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
            for (int n = 0; n < BULK_SIZE && providers.hasNext(); n++) {
                ProviderDocument provider = providers.next();
                bulk.operations(o -> o.index(i -> i.id(provider.id()).document(source(provider))));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("Reindex failed: " + response.items().stream()
                        .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
            }
        }
    }

    private static Map<String, Object> source(ProviderDocument provider) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(Fields.ID, provider.id());
        source.put(Fields.NAME, provider.name());
        source.put(Fields.NAME_SORT, provider.name().toLowerCase());
        source.put(Fields.UPDATED_AT, provider.updatedAt().toEpochMilli());
        Fields.keywords(provider).forEach((facet, values) -> source.put(facet.field(), values));
        source.put("capacity", provider.capacityByArea());
        Map<String, String> originals = Fields.originals(provider);
        Fields.TEXT.forEach(f -> {
            source.put(f.indexed(), Analysis.indexable(originals.get(f.original())));
            source.putIfAbsent(f.original(), originals.get(f.original()));
        });
        return source;
    }

    private static Query query(SearchPlan plan) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (plan.stems().isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        }
        for (String stem : plan.stems()) {
            bool.must(m -> m.bool(any -> {
                Fields.TEXT.forEach(f -> any.should(s -> s.term(t -> t.field(f.indexed()).value(stem)
                        .boost(f.boost()))));
                return any;
            }));
        }
        for (SearchPlan.Filter filter : plan.filters()) {
            List<FieldValue> values = filter.anyOf().stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(filter.field()).terms(v -> v.value(values))));
        }
        if (plan.capacity() != null) {
            bool.filter(f -> f.bool(any -> {
                plan.capacity().areas().forEach(area -> any.should(s -> s.range(r -> r.number(n -> n
                        .field(Fields.CAPACITY + area).gte((double) plan.capacity().atLeast())))));
                return any.minimumShouldMatch("1");
            }));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static List<SortOptions> sort(ProviderQuery.Sort sort) {
        SortOptions byId = SortOptions.of(s -> s.field(f -> f.field(Fields.ID).order(SortOrder.Asc)));
        SortOptions first = switch (sort) {
            case RELEVANCE -> SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
            case NAME -> SortOptions.of(s -> s.field(f -> f.field(Fields.NAME_SORT).order(SortOrder.Asc)));
            case RECENTLY_UPDATED -> SortOptions.of(s -> s.field(f -> f.field(Fields.UPDATED_AT)
                    .order(SortOrder.Desc)));
        };
        return List.of(first, byId);
    }

    private static Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggregations = new HashMap<>();
        for (Facet facet : Facet.values()) {
            aggregations.put(facet.field(), Aggregation.of(a -> a.terms(t -> t.field(facet.field())
                    .size(FACET_SIZE))));
        }
        return aggregations;
    }

    private static Map<Facet, List<SearchResults.FacetCount>> facetCounts(SearchResponse<Map> response) {
        Map<Facet, List<SearchResults.FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<StringTermsBucket> buckets = response.aggregations().get(facet.field()).sterms().buckets().array();
            counts.put(facet, FacetCounts.sorted(buckets.stream().collect(Collectors.toMap(
                    b -> b.key().stringValue(), StringTermsBucket::docCount))));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static SearchResults.Hit hit(Hit<Map> hit, SearchPlan plan) {
        Map<String, Object> source = hit.source();
        Map<String, String> originals = new HashMap<>();
        Fields.TEXT.forEach(f -> originals.put(f.original(), String.valueOf(source.get(f.original()))));
        return new SearchResults.Hit((String) source.get(Fields.ID), (String) source.get(Fields.NAME),
                first(source, Facet.LEGAL_FORM), values(source, Facet.SPECIALITY), values(source, Facet.COHORT),
                values(source, Facet.AREA), Boolean.parseBoolean(first(source, Facet.WELSH_LANGUAGE_SERVICE)),
                Boolean.parseBoolean(first(source, Facet.JUSTICE_DATA_LAB)), Snippets.of(originals, plan.stems()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> source, Facet facet) {
        return List.copyOf((List<String>) source.get(facet.field()));
    }

    private static String first(Map<String, Object> source, Facet facet) {
        return values(source, facet).get(0);
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
    }
}
