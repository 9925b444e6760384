package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.SearchLinks;
import uk.gov.justice.marketplace.search.SearchResults;

/** The search page: the filters as the reader set them (labels with counts), one page of results, and paging. */
public record SearchPage(
        String text,
        String area,
        List<Option> areas,
        List<FilterGroup> groups,
        List<Flag> flags,
        String minCapacity,
        String sort,
        List<Option> sorts,
        long total,
        List<Result> results,
        List<SearchLinks.PageLink> pages,
        @Nullable String previous,
        @Nullable String next,
        List<Option> shortlists,
        String returnTo,
        FormErrors errors,
        @Nullable String banner) {

    SearchPage withBanner(String message) {
        return new SearchPage(
                text,
                area,
                areas,
                groups,
                flags,
                minCapacity,
                sort,
                sorts,
                total,
                results,
                pages,
                previous,
                next,
                shortlists,
                returnTo,
                errors,
                message);
    }

    /** Checkboxes for one facet; services and cohorts also ask whether all or any must match. */
    public record FilterGroup(
            String name,
            String legend,
            List<Option> options,
            List<String> selected,
            @Nullable String matchName,
            @Nullable String match) {}

    /** A yes-only filter, such as "delivers services in Welsh". */
    public record Flag(String name, String label, boolean checked) {}

    public record Result(
            String id,
            String name,
            String href,
            String legalForm,
            String services,
            String cohorts,
            String areas,
            boolean welsh,
            boolean justiceDataLab,
            List<SearchResults.Snippet> snippets) {}
}
