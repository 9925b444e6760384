package uk.gov.justice.marketplace.search;

import java.time.Clock;
import uk.gov.justice.marketplace.search.ServiceOffers.ServiceOffer;

/** The second kind's contract on a real Elasticsearch 8 node: its own alias beside the providers' on one node. */
class ElasticsearchServiceOfferSearchTest extends ServiceOfferSearchContract {

    @Override
    DocumentIndex<ServiceOffer> newOffers() {
        ElasticsearchDocumentIndex<ServiceOffer> offers = new ElasticsearchDocumentIndex<>(
                ServiceOffers.KIND,
                ElasticsearchNode.shared().url(),
                "contract-offers",
                SearchFixtures.GEOGRAPHY,
                Clock.systemUTC());
        offers.ensureIndex();
        return offers;
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
