package uk.gov.justice.marketplace.search;

import java.time.Clock;

/** Provider search on Elasticsearch 8, behind the providers' own alias (see {@link ElasticsearchDocumentIndex}). */
public final class ElasticsearchProviderSearch extends ProviderIndexSearch {

    private final ElasticsearchDocumentIndex<ProviderDocument> index;

    public ElasticsearchProviderSearch(String url, String alias, AreaGeography geography, Clock clock) {
        this(new ElasticsearchDocumentIndex<>(ProviderKind.KIND, url, alias, geography, clock));
    }

    private ElasticsearchProviderSearch(ElasticsearchDocumentIndex<ProviderDocument> index) {
        super(index);
        this.index = index;
    }

    /** Makes the first index and points the alias at it, unless the alias already exists. */
    public void ensureIndex() {
        index.ensureIndex();
    }
}
