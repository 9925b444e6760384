package uk.gov.justice.marketplace.search;

import java.util.stream.Stream;

/**
 * One kind of document in one engine's index of its own: Elasticsearch, or the embedded default. Both build the
 * index from the {@link DocumentKind} and give the same answers.
 */
public interface DocumentIndex<D> extends AutoCloseable {

    /** The id field every kind has; results are ordered by it when all else is equal. */
    String ID = "id";

    /** Adds the document, or replaces what was indexed under its id; searchable when this returns. */
    void index(D document);

    /** Takes the document out of search; nothing happens if it was not there. */
    void remove(String id);

    /** Builds a fresh index of this kind from every document and switches to it at once; searches meanwhile see
     * the old one, and other kinds' indexes are not touched. */
    void replaceAll(Stream<D> documents);

    DocumentResults search(DocumentQuery query);

    Health health();

    @Override
    void close();

    /** What the engine holds of this kind: which engine, which index, how many documents, whether it answers. */
    record Health(String engine, String index, long documents, boolean up, String detail) {}
}
