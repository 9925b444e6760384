package uk.gov.justice.marketplace.search;

import java.time.Clock;

/** The contract on a real Elasticsearch 8 node. */
class ElasticsearchProviderSearchTest extends ProviderSearchContract {

    @Override
    ProviderSearch newEngine() {
        ElasticsearchProviderSearch search = new ElasticsearchProviderSearch(
                ElasticsearchNode.shared().url(), "contract-providers", SearchFixtures.GEOGRAPHY, Clock.systemUTC());
        search.ensureIndex();
        return search;
    }
}
