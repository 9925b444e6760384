package uk.gov.justice.marketplace.search;

import java.util.stream.Stream;

/** Provider search as the provider kind in either engine's index: the register's query in, its results out. */
abstract class ProviderIndexSearch implements ProviderSearch {

    private final DocumentIndex<ProviderDocument> index;

    ProviderIndexSearch(DocumentIndex<ProviderDocument> index) {
        this.index = index;
    }

    @Override
    public void index(ProviderDocument provider) {
        index.index(provider);
    }

    @Override
    public void remove(String id) {
        index.remove(id);
    }

    @Override
    public void replaceAll(Stream<ProviderDocument> providers) {
        index.replaceAll(providers);
    }

    @Override
    public SearchResults search(ProviderQuery query) {
        return ProviderKind.results(index.search(ProviderKind.query(query)));
    }

    @Override
    public IndexHealth health() {
        DocumentIndex.Health health = index.health();
        return new IndexHealth(health.engine(), health.index(), health.documents(), health.up(), health.detail());
    }

    @Override
    public void close() {
        index.close();
    }
}
