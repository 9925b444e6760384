package uk.gov.justice.marketplace.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded default: Apache Lucene in the service's own memory, the library Elasticsearch is built on, with the
 * same BM25 scoring and the same analysis (see {@link Analysis}). The index is rebuilt from the register when the
 * service starts; every write is searchable before it returns.
 */
public final class LuceneProviderSearch implements ProviderSearch {

    private static final String FACETS = "$facets";

    private final AreaGeography geography;
    private final FacetsConfig facets = new FacetsConfig();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private SortedSetDocValuesReaderState facetState;

    public LuceneProviderSearch(AreaGeography geography) {
        this.geography = geography;
        Arrays.stream(Facet.values()).forEach(f -> facets.setMultiValued(f.field(), true));
        try {
            directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setSimilarity(new BM25Similarity());
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void index(ProviderDocument provider) {
        write(() -> writer.updateDocument(new Term(Fields.ID, provider.id()), document(provider)));
    }

    @Override
    public void remove(String id) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, id)));
    }

    /** In memory, a rebuild is a clear and a load under the writer; a search in between sees the old index. */
    @Override
    public synchronized void replaceAll(Stream<ProviderDocument> providers) {
        write(() -> {
            writer.deleteAll();
            for (ProviderDocument provider : (Iterable<ProviderDocument>) providers::iterator) {
                writer.addDocument(document(provider));
            }
        });
    }

    @Override
    public SearchResults search(ProviderQuery query) {
        SearchPlan plan = SearchPlan.of(query, geography);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.setSimilarity(new BM25Similarity());
                return run(searcher, plan);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public IndexHealth health() {
        return new IndexHealth("lucene", "in-memory", writer.getDocStats().numDocs, writer.isOpen(), "embedded");
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults run(IndexSearcher searcher, SearchPlan plan) throws IOException {
        Query query = query(plan);
        TopFieldDocs top = searcher.search(query, plan.from() + plan.size(), sort(plan.sort()), true);
        List<SearchResults.Hit> hits = Arrays.stream(top.scoreDocs).skip(plan.from())
                .map(hit -> hit(searcher, hit, plan)).toList();
        return new SearchResults(top.totalHits.value, plan.page(), plan.size(), hits, facetCounts(searcher, query));
    }

    private Query query(SearchPlan plan) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (plan.stems().isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String stem : plan.stems()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            Fields.TEXT.forEach(f -> anyField.add(new BoostQuery(new TermQuery(new Term(f.indexed(), stem)),
                    f.boost()), Occur.SHOULD));
            query.add(anyField.build(), Occur.MUST);
        }
        for (SearchPlan.Filter filter : plan.filters()) {
            query.add(new TermInSetQuery(filter.field(), filter.anyOf().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        if (plan.capacity() != null) {
            BooleanQuery.Builder anyArea = new BooleanQuery.Builder();
            plan.capacity().areas().forEach(area -> anyArea.add(IntPoint.newRangeQuery(Fields.CAPACITY + area,
                    plan.capacity().atLeast(), Integer.MAX_VALUE), Occur.SHOULD));
            query.add(anyArea.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static Sort sort(ProviderQuery.Sort sort) {
        SortField byId = new SortField(Fields.ID, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case NAME -> new Sort(new SortField(Fields.NAME_SORT, SortField.Type.STRING), byId);
            case RECENTLY_UPDATED -> new Sort(new SortField(Fields.UPDATED_AT, SortField.Type.LONG, true), byId);
        };
    }

    private static SearchResults.Hit hit(IndexSearcher searcher, ScoreDoc hit, SearchPlan plan) {
        try {
            Document stored = searcher.storedFields().document(hit.doc);
            Map<String, String> originals = new HashMap<>();
            Fields.TEXT.forEach(f -> originals.put(f.original(), stored.get(f.original())));
            return new SearchResults.Hit(stored.get(Fields.ID), stored.get(Fields.NAME),
                    stored.get(Facet.LEGAL_FORM.field()), values(stored, Facet.SPECIALITY),
                    values(stored, Facet.COHORT), values(stored, Facet.AREA),
                    Boolean.parseBoolean(stored.get(Facet.WELSH_LANGUAGE_SERVICE.field())),
                    Boolean.parseBoolean(stored.get(Facet.JUSTICE_DATA_LAB.field())),
                    Snippets.of(originals, plan.stems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(Document stored, Facet facet) {
        return List.of(stored.getValues(facet.field()));
    }

    private Map<Facet, List<SearchResults.FacetCount>> facetCounts(IndexSearcher searcher, Query query)
            throws IOException {
        Map<Facet, List<SearchResults.FacetCount>> counts = new EnumMap<>(Facet.class);
        if (searcher.getIndexReader().numDocs() == 0) {
            Arrays.stream(Facet.values()).forEach(f -> counts.put(f, List.of()));
            return counts;
        }
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts facetCounts = new SortedSetDocValuesFacetCounts(state(searcher), collected);
        for (Facet facet : Facet.values()) {
            FacetResult result = facetCounts.getAllChildren(facet.field());
            Map<String, Long> byValue = new HashMap<>();
            if (result != null) {
                Arrays.stream(result.labelValues).forEach(lv -> byValue.put(lv.label, lv.value.longValue()));
            }
            counts.put(facet, FacetCounts.sorted(byValue));
        }
        return counts;
    }

    /** Facet ordinals are worked out once per version of the index, not once per search. */
    private synchronized SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (facetState == null || facetState.getReader() != reader) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
        }
        return facetState;
    }

    private Document document(ProviderDocument provider) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, provider.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(provider.id())));
        doc.add(new StoredField(Fields.NAME, provider.name()));
        doc.add(new SortedDocValuesField(Fields.NAME_SORT, new BytesRef(provider.name().toLowerCase())));
        doc.add(new NumericDocValuesField(Fields.UPDATED_AT, provider.updatedAt().toEpochMilli()));
        Map<String, String> originals = Fields.originals(provider);
        for (Fields.TextField text : Fields.TEXT) {
            String original = originals.get(text.original());
            doc.add(new TextField(text.indexed(), Analysis.indexable(original), Field.Store.NO));
            if (!text.original().equals(Fields.NAME)) {
                doc.add(new StoredField(text.original(), original));
            }
        }
        Fields.keywords(provider).forEach((facet, values) -> values.forEach(value -> {
            doc.add(new StringField(facet.field(), value, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(facet.field(), value));
        }));
        provider.capacityByArea().forEach((area, people) -> doc.add(new IntPoint(Fields.CAPACITY + area, people)));
        return facets.build(doc);
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write write) {
        try {
            write.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
