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
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import uk.gov.justice.marketplace.search.DocumentKind.Display;
import uk.gov.justice.marketplace.search.DocumentKind.Keyword;
import uk.gov.justice.marketplace.search.DocumentKind.Number;
import uk.gov.justice.marketplace.search.DocumentKind.PerArea;
import uk.gov.justice.marketplace.search.DocumentKind.SortText;
import uk.gov.justice.marketplace.search.DocumentKind.Text;
import uk.gov.justice.marketplace.search.SearchResults.FacetCount;

/**
 * One kind in Elasticsearch 8 behind an alias of its own: searches and writes go to the alias; a full reindex builds
 * a new index named alias-version-time, from the settings and mapping the kind's declaration gives
 * ({@link ElasticsearchMapping}), and moves the alias to it in one atomic step. Other kinds' aliases are untouched.
 */
public final class ElasticsearchDocumentIndex<D> implements DocumentIndex<D> {

    private static final int FACET_SIZE = 500;
    private static final int BULK_SIZE = 1000;

    private final DocumentKind<D> kind;
    private final ElasticsearchClient client;
    private final RestClient rest;
    private final String alias;
    private final AreaGeography geography;
    private final Clock clock;

    public ElasticsearchDocumentIndex(
            DocumentKind<D> kind, String url, String alias, AreaGeography geography, Clock clock) {
        this.kind = kind;
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
                client.indices()
                        .updateAliases(u ->
                                u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            }
            return null;
        });
    }

    @Override
    public void index(D document) {
        call(() -> client.index(i ->
                i.index(alias).id(kind.id(document)).document(source(document)).refresh(Refresh.True)));
    }

    @Override
    public void remove(String id) {
        call(() -> client.delete(d -> d.index(alias).id(id).refresh(Refresh.True)));
    }

    @Override
    public void replaceAll(Stream<D> documents) {
        call(() -> {
            Set<String> old = client.indices().existsAlias(e -> e.name(alias)).value()
                    ? client.indices().getAlias(g -> g.name(alias)).result().keySet()
                    : Set.of();
            String index = createIndex();
            load(index, documents.iterator());
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
    public DocumentResults search(DocumentQuery query) {
        SearchPlan plan = SearchPlan.of(kind, query, geography);
        SearchResponse<Map> response = call(() -> client.search(
                s -> s.index(alias)
                        .query(query(plan))
                        .from(plan.from())
                        .size(plan.size())
                        .sort(sort(plan.sort()))
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations(aggregations()),
                Map.class));
        List<DocumentResults.Hit> hits =
                response.hits().hits().stream().map(h -> hit(h, plan)).toList();
        return new DocumentResults(
                response.hits().total().value(), plan.page(), plan.size(), hits, facetCounts(response));
    }

    @Override
    public Health health() {
        try {
            Set<String> indices =
                    client.indices().getAlias(g -> g.name(alias)).result().keySet();
            long count = client.count(c -> c.index(alias)).count();
            return new Health(
                    "elasticsearch",
                    String.join(",", indices),
                    count,
                    true,
                    client.cluster().health().status().jsonValue());
        } catch (IOException | RuntimeException e) {
            return new Health("elasticsearch", alias, 0, false, e.getMessage());
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
        String index = alias + "-" + kind.version() + "-" + clock.millis();
        String definition = ElasticsearchMapping.json(kind);
        client.indices().create(c -> c.index(index).withJson(new StringReader(definition)));
        return index;
    }

    private void load(String index, Iterator<D> documents) throws IOException {
        while (documents.hasNext()) {
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
            for (int n = 0; n < BULK_SIZE && documents.hasNext(); n++) {
                D document = documents.next();
                bulk.operations(o -> o.index(i -> i.id(kind.id(document)).document(source(document))));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("Reindex failed: "
                        + response.items().stream()
                                .filter(i -> i.error() != null)
                                .findFirst()
                                .map(i -> i.error().reason())
                                .orElse("?"));
            }
        }
    }

    private Map<String, Object> source(D document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ID, kind.id(document));
        for (DocumentKind.Field<D> field : kind.fields()) {
            if (field instanceof Display<D> display) {
                source.put(display.name(), display.value().apply(document));
            } else if (field instanceof SortText<D> sortText) {
                source.put(sortText.name(), sortText.value().apply(document).toLowerCase());
            } else if (field instanceof Number<D> number) {
                source.put(number.name(), number.value().applyAsLong(document));
            } else if (field instanceof Keyword<D> keyword) {
                source.put(keyword.name(), keyword.values().apply(document));
            } else if (field instanceof PerArea<D> perArea) {
                source.put(perArea.name(), perArea.value().apply(document));
            }
        }
        for (Text<D> text : kind.texts()) {
            String original = text.value().apply(document);
            source.put(text.name(), Analysis.indexable(original));
            source.putIfAbsent(text.original(), original);
        }
        return source;
    }

    private Query query(SearchPlan plan) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (plan.stems().isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        }
        for (String stem : plan.stems()) {
            bool.must(m -> m.bool(any -> {
                kind.texts()
                        .forEach(f -> any.should(
                                s -> s.term(t -> t.field(f.name()).value(stem).boost(f.boost()))));
                return any;
            }));
        }
        for (SearchPlan.Filter filter : plan.filters()) {
            List<FieldValue> values =
                    filter.anyOf().stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(filter.field()).terms(v -> v.value(values))));
        }
        for (SearchPlan.NumberRange range : plan.ranges()) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field(range.field())
                    .gte(range.atLeast() == null ? null : range.atLeast().doubleValue())
                    .lte(range.atMost() == null ? null : range.atMost().doubleValue()))));
        }
        for (SearchPlan.AreaMinimum minimum : plan.minimums()) {
            bool.filter(f -> f.bool(any -> {
                minimum.areas()
                        .forEach(area -> any.should(s -> s.range(r -> r.number(
                                n -> n.field(minimum.field() + "." + area).gte((double) minimum.atLeast())))));
                return any.minimumShouldMatch("1");
            }));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static List<SortOptions> sort(SearchPlan.Sort sort) {
        SortOptions byId = SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc)));
        SortOptions first = sort.relevance()
                ? SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                : SortOptions.of(s ->
                        s.field(f -> f.field(sort.field()).order(sort.descending() ? SortOrder.Desc : SortOrder.Asc)));
        return List.of(first, byId);
    }

    private Map<String, Aggregation> aggregations() {
        Map<String, Aggregation> aggregations = new HashMap<>();
        for (Keyword<D> facet : kind.facets()) {
            aggregations.put(
                    facet.name(),
                    Aggregation.of(a -> a.terms(t -> t.field(facet.name()).size(FACET_SIZE))));
        }
        return aggregations;
    }

    private Map<String, List<FacetCount>> facetCounts(SearchResponse<Map> response) {
        Map<String, List<FacetCount>> counts = new HashMap<>();
        for (Keyword<D> facet : kind.facets()) {
            List<StringTermsBucket> buckets =
                    response.aggregations().get(facet.name()).sterms().buckets().array();
            counts.put(
                    facet.name(),
                    FacetCounts.sorted(buckets.stream()
                            .collect(Collectors.toMap(b -> b.key().stringValue(), StringTermsBucket::docCount))));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private DocumentResults.Hit hit(Hit<Map> hit, SearchPlan plan) {
        Map<String, Object> source = hit.source();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (DocumentKind.Field<D> field : kind.shown()) {
            Object value = source.get(field.name());
            values.put(
                    field.name(),
                    value instanceof List<?> list
                            ? List.copyOf((List<String>) list)
                            : value instanceof java.lang.Number number
                                    ? List.of(String.valueOf(number.longValue()))
                                    : List.of(String.valueOf(value)));
        }
        Map<String, String> originals = new HashMap<>();
        kind.texts().forEach(f -> originals.put(f.original(), String.valueOf(source.get(f.original()))));
        return new DocumentResults.Hit(
                (String) source.get(ID), values, Snippets.of(originals, plan.stems(), kind.snippetOrder()));
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
