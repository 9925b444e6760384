package uk.gov.justice.marketplace.search;

/** Provider search on the embedded default, {@link LuceneDocumentIndex}, rebuilt from the register at start-up. */
public final class LuceneProviderSearch extends ProviderIndexSearch {

    public LuceneProviderSearch(AreaGeography geography) {
        super(new LuceneDocumentIndex<>(ProviderKind.KIND, geography));
    }
}
