package uk.gov.justice.marketplace.search;

/** The rate card's contract on the embedded default: an index of its own beside the providers'. */
class LuceneRateCardSearchTest extends RateCardSearchContract {

    @Override
    DocumentIndex<RateCardDocument> newServices() {
        return new LuceneDocumentIndex<>(RateCardKind.KIND, SearchFixtures.GEOGRAPHY);
    }

    @Override
    ProviderSearch newProviders() {
        return new LuceneProviderSearch(SearchFixtures.GEOGRAPHY);
    }
}
