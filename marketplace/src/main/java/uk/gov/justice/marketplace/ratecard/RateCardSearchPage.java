package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.SearchLinks;
import uk.gov.justice.marketplace.search.SearchResults;

/**
 * The rate card's search page: the filters as the reader set them (labels with counts), one page of services with
 * their prices, a box on each to compare it, and paging.
 */
public record RateCardSearchPage(
        String text,
        String area,
        List<Option> areas,
        List<Option> specialities,
        List<String> selectedSpecialities,
        List<Option> cohorts,
        List<String> selectedCohorts,
        List<Option> units,
        List<String> selectedUnits,
        String priceFrom,
        String priceTo,
        String minCapacity,
        String period,
        List<Option> periods,
        boolean welsh,
        boolean evidence,
        String sort,
        List<Option> sorts,
        long total,
        List<Result> results,
        List<SearchLinks.PageLink> pages,
        @Nullable String previous,
        @Nullable String next,
        FormErrors errors) {

    /** A service found: its price per unit as shown (excluding VAT) and how VAT applies. */
    public record Result(
            String id,
            String title,
            String href,
            String provider,
            String price,
            String vat,
            boolean aboveGuidePrice,
            boolean welsh,
            boolean justiceDataLab,
            String areas,
            String leadTime,
            String compareId,
            String compareLabel,
            List<SearchResults.Snippet> snippets) {}
}
