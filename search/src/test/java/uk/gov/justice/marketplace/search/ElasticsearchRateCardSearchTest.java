package uk.gov.justice.marketplace.search;

import java.time.Clock;

/** The rate card's contract on a real Elasticsearch 8 node: its own alias beside the providers' on one node. */
class ElasticsearchRateCardSearchTest extends RateCardSearchContract {

    @Override
    DocumentIndex<RateCardDocument> newServices() {
        ElasticsearchDocumentIndex<RateCardDocument> services = new ElasticsearchDocumentIndex<>(
                RateCardKind.KIND,
                ElasticsearchNode.shared().url(),
                "contract-rate-card",
                SearchFixtures.GEOGRAPHY,
                Clock.systemUTC());
        services.ensureIndex();
        return services;
    }

    @Override
    ProviderSearch newProviders() {
        ElasticsearchProviderSearch providers = new ElasticsearchProviderSearch(
                ElasticsearchNode.shared().url(),
                "beside-offers-providers",
                SearchFixtures.GEOGRAPHY,
                Clock.systemUTC());
        providers.ensureIndex();
        return providers;
    }
}
