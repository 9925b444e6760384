package uk.gov.justice.marketplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
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
import uk.gov.justice.marketplace.search.DocumentKind.Display;
import uk.gov.justice.marketplace.search.DocumentKind.Keyword;
import uk.gov.justice.marketplace.search.DocumentKind.Number;
import uk.gov.justice.marketplace.search.DocumentKind.PerArea;
import uk.gov.justice.marketplace.search.DocumentKind.SortText;
import uk.gov.justice.marketplace.search.DocumentKind.Text;
import uk.gov.justice.marketplace.search.SearchResults.FacetCount;

/**
 * The embedded default: Apache Lucene in the service's own memory, the library Elasticsearch is built on, with the
 * same BM25 scoring and the same analysis (see {@link Analysis}); one in-memory index per kind. The index is rebuilt
 * from the service's records when it starts; every write is searchable before it returns.
 */
public final class LuceneDocumentIndex<D> implements DocumentIndex<D> {

    private final DocumentKind<D> kind;
    private final AreaGeography geography;
    private final FacetsConfig facets = new FacetsConfig();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private SortedSetDocValuesReaderState facetState;

    public LuceneDocumentIndex(DocumentKind<D> kind, AreaGeography geography) {
        this.kind = kind;
        this.geography = geography;
        kind.facets().forEach(f -> facets.setMultiValued(f.name(), true));
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

    /** Waits for a rebuild in progress, which would otherwise add the same document a second time. */
    @Override
    public synchronized void index(D document) {
        write(() -> writer.updateDocument(new Term(ID, kind.id(document)), document(document)));
    }

    @Override
    public synchronized void remove(String id) {
        write(() -> writer.deleteDocuments(new Term(ID, id)));
    }

    /**
     * In memory, a rebuild is a clear and a load under the writer; a search in between sees the old index, and a
     * write in between waits for it.
     */
    @Override
    public synchronized void replaceAll(Stream<D> documents) {
        write(() -> {
            writer.deleteAll();
            for (D document : (Iterable<D>) documents::iterator) {
                writer.addDocument(document(document));
            }
        });
    }

    @Override
    public DocumentResults search(DocumentQuery query) {
        SearchPlan plan = SearchPlan.of(kind, query, geography);
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
    public Health health() {
        return new Health("lucene", "in-memory", writer.getDocStats().numDocs, writer.isOpen(), "embedded");
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

    private DocumentResults run(IndexSearcher searcher, SearchPlan plan) throws IOException {
        Query query = query(plan);
        TopFieldDocs top = searcher.search(query, plan.from() + plan.size(), sort(plan.sort()), true);
        List<DocumentResults.Hit> hits = Arrays.stream(top.scoreDocs)
                .skip(plan.from())
                .map(hit -> hit(searcher, hit, plan))
                .toList();
        return new DocumentResults(top.totalHits.value, plan.page(), plan.size(), hits, facetCounts(searcher, query));
    }

    private Query query(SearchPlan plan) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (plan.stems().isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String stem : plan.stems()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            kind.texts()
                    .forEach(f -> anyField.add(
                            new BoostQuery(new TermQuery(new Term(f.name(), stem)), f.boost()), Occur.SHOULD));
            query.add(anyField.build(), Occur.MUST);
        }
        for (SearchPlan.Filter filter : plan.filters()) {
            query.add(
                    new TermInSetQuery(
                            filter.field(),
                            filter.anyOf().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        for (SearchPlan.NumberRange range : plan.ranges()) {
            query.add(
                    LongPoint.newRangeQuery(
                            range.field(),
                            range.atLeast() == null ? Long.MIN_VALUE : range.atLeast(),
                            range.atMost() == null ? Long.MAX_VALUE : range.atMost()),
                    Occur.FILTER);
        }
        for (SearchPlan.AreaMinimum minimum : plan.minimums()) {
            BooleanQuery.Builder anyArea = new BooleanQuery.Builder();
            minimum.areas()
                    .forEach(area -> anyArea.add(
                            IntPoint.newRangeQuery(
                                    perArea(minimum.field(), area), minimum.atLeast(), Integer.MAX_VALUE),
                            Occur.SHOULD));
            query.add(anyArea.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static String perArea(String field, String area) {
        return field + "." + area;
    }

    private static Sort sort(SearchPlan.Sort sort) {
        SortField byId = new SortField(ID, SortField.Type.STRING);
        if (sort.relevance()) {
            return new Sort(SortField.FIELD_SCORE, byId);
        }
        return new Sort(
                new SortField(
                        sort.field(), sort.number() ? SortField.Type.LONG : SortField.Type.STRING, sort.descending()),
                byId);
    }

    private DocumentResults.Hit hit(IndexSearcher searcher, ScoreDoc hit, SearchPlan plan) {
        try {
            Document stored = searcher.storedFields().document(hit.doc);
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (DocumentKind.Field<D> field : kind.shown()) {
                values.put(
                        field.name(),
                        field instanceof Number
                                ? List.of(String.valueOf(stored.getField(field.name())
                                        .numericValue()
                                        .longValue()))
                                : List.of(stored.getValues(field.name())));
            }
            Map<String, String> originals = new HashMap<>();
            kind.texts().forEach(f -> originals.put(f.original(), stored.get(f.original())));
            return new DocumentResults.Hit(
                    stored.get(ID), values, Snippets.of(originals, plan.stems(), kind.snippetOrder()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<FacetCount>> facetCounts(IndexSearcher searcher, Query query) throws IOException {
        Map<String, List<FacetCount>> counts = new HashMap<>();
        if (searcher.getIndexReader().numDocs() == 0 || kind.facets().isEmpty()) {
            kind.facets().forEach(f -> counts.put(f.name(), List.of()));
            return counts;
        }
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts facetCounts = new SortedSetDocValuesFacetCounts(state(searcher), collected);
        for (Keyword<D> facet : kind.facets()) {
            FacetResult result = facetCounts.getAllChildren(facet.name());
            Map<String, Long> byValue = new HashMap<>();
            if (result != null) {
                Arrays.stream(result.labelValues).forEach(lv -> byValue.put(lv.label, lv.value.longValue()));
            }
            counts.put(facet.name(), FacetCounts.sorted(byValue));
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

    private Document document(D source) throws IOException {
        Document doc = new Document();
        String id = kind.id(source);
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        for (DocumentKind.Field<D> field : kind.fields()) {
            add(doc, field, source);
        }
        return facets.build(doc);
    }

    private void add(Document doc, DocumentKind.Field<D> field, D source) {
        if (field instanceof Display<D> display) {
            doc.add(new StoredField(display.name(), display.value().apply(source)));
        } else if (field instanceof SortText<D> sortText) {
            doc.add(new SortedDocValuesField(
                    sortText.name(), new BytesRef(sortText.value().apply(source).toLowerCase())));
        } else if (field instanceof Number<D> number) {
            long value = number.value().applyAsLong(source);
            doc.add(new NumericDocValuesField(number.name(), value));
            doc.add(new LongPoint(number.name(), value));
            if (!number.moment()) {
                doc.add(new StoredField(number.name(), value));
            }
        } else if (field instanceof Text<D> text) {
            String original = text.value().apply(source);
            doc.add(new TextField(text.name(), Analysis.indexable(original), Field.Store.NO));
            if (!kind.isDisplay(text.original())) {
                doc.add(new StoredField(text.original(), original));
            }
        } else if (field instanceof Keyword<D> keyword) {
            for (String value : keyword.values().apply(source)) {
                doc.add(new StringField(keyword.name(), value, Field.Store.YES));
                if (keyword.counted()) {
                    doc.add(new SortedSetDocValuesFacetField(keyword.name(), value));
                }
            }
        } else if (field instanceof PerArea<D> perArea) {
            perArea.value()
                    .apply(source)
                    .forEach((area, amount) -> doc.add(new IntPoint(perArea(perArea.name(), area), amount)));
        }
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
