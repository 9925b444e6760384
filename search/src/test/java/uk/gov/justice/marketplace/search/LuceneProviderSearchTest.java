package uk.gov.justice.marketplace.search;

/** The contract on the embedded default. */
class LuceneProviderSearchTest extends ProviderSearchContract {

    @Override
    ProviderSearch newEngine() {
        return new LuceneProviderSearch(SearchFixtures.GEOGRAPHY);
    }
}
