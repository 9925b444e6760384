package uk.gov.justice.marketplace.search;

import java.util.stream.Stream;

/** The search engine behind the register: Elasticsearch, or the embedded default. Both give the same answers. */
public interface ProviderSearch extends AutoCloseable {

    /** Adds the provider, or replaces what was indexed for it; searchable when this returns. */
    void index(ProviderDocument provider);

    /** Takes the provider out of search (withdrawn or suspended); nothing happens if it was not there. */
    void remove(String id);

    /** Builds a fresh index from every provider and switches to it at once; searches meanwhile see the old one. */
    void replaceAll(Stream<ProviderDocument> providers);

    SearchResults search(ProviderQuery query);

    IndexHealth health();

    @Override
    void close();

    /** What the engine holds: which engine, how many providers, and whether it answers. */
    record IndexHealth(String engine, String index, long providers, boolean up, String detail) {}
}
