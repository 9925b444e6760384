package uk.gov.justice.marketplace.search;

import uk.gov.justice.marketplace.search.ServiceOffers.ServiceOffer;

/** The second kind's contract on the embedded default: an index of its own beside the providers'. */
class LuceneServiceOfferSearchTest extends ServiceOfferSearchContract {

    @Override
    DocumentIndex<ServiceOffer> newOffers() {
        return new LuceneDocumentIndex<>(ServiceOffers.KIND, SearchFixtures.GEOGRAPHY);
    }

    @Override
    ProviderSearch newProviders() {
        return new LuceneProviderSearch(SearchFixtures.GEOGRAPHY);
    }
}
