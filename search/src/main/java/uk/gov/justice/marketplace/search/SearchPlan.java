package uk.gov.justice.marketplace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A query checked and reduced to what both engines run: every stem must match in some text field; every filter is
 * "the field has one of these values"; capacity is "at least this many in one of these areas". Each engine turns
 * the same plan into its own query, which is what keeps their answers the same.
 */
record SearchPlan(List<String> stems, List<Filter> filters, CapacityFilter capacity, ProviderQuery.Sort sort,
                  int from, int size, int page) {

    static final int MAX_TEXT = 500;
    static final int MAX_PAGE_SIZE = 100;
    /** As deep as Elasticsearch pages by default; deeper paging needs a narrower search. */
    static final int MAX_WINDOW = 10_000;

    record Filter(String field, Set<String> anyOf) {
    }

    record CapacityFilter(Set<String> areas, int atLeast) {
    }

    static SearchPlan of(ProviderQuery query, AreaGeography geography) {
        if (query.text() != null && query.text().length() > MAX_TEXT) {
            throw new InvalidSearch("text", "Search words must be at most " + MAX_TEXT + " characters");
        }
        if (query.page() < 0) {
            throw new InvalidSearch("page", "The page number must be 0 or more");
        }
        if (query.pageSize() < 1) {
            throw new InvalidSearch("pageSize", "The page size must be at least 1");
        }
        int size = Math.min(query.pageSize(), MAX_PAGE_SIZE);
        if ((long) query.page() * size + size > MAX_WINDOW) {
            throw new InvalidSearch("page", "Only the first " + MAX_WINDOW + " results can be paged through");
        }
        List<String> stems = new ArrayList<>(Analysis.queryStems(query.text()));
        ProviderQuery.Sort sort = query.sort() == ProviderQuery.Sort.RELEVANCE && stems.isEmpty()
                ? ProviderQuery.Sort.NAME : query.sort();
        return new SearchPlan(stems, filters(query, geography), capacity(query, geography), sort,
                query.page() * size, size, query.page());
    }

    private static List<Filter> filters(ProviderQuery query, AreaGeography geography) {
        List<Filter> filters = new ArrayList<>();
        if (query.area() != null && !query.area().isBlank()) {
            filters.add(new Filter(Facet.AREA.field(), geography.related(query.area())));
        }
        query.specialitiesAllOf().forEach(code -> filters.add(new Filter(Facet.SPECIALITY.field(), Set.of(code))));
        query.cohortsAllOf().forEach(code -> filters.add(new Filter(Facet.COHORT.field(), Set.of(code))));
        anyOf(filters, Facet.SPECIALITY, query.specialitiesAnyOf());
        anyOf(filters, Facet.COHORT, query.cohortsAnyOf());
        anyOf(filters, Facet.LEGAL_FORM, query.legalForms());
        anyOf(filters, Facet.SIZE_BAND, query.sizeBands());
        anyOf(filters, Facet.RISK_APPETITE, query.riskAppetites());
        flag(filters, Facet.WELSH_LANGUAGE_SERVICE, query.welshLanguageService());
        flag(filters, Facet.OUTCOME_EVIDENCE, query.outcomeEvidence());
        flag(filters, Facet.JUSTICE_DATA_LAB, query.justiceDataLabResult());
        return filters;
    }

    private static CapacityFilter capacity(ProviderQuery query, AreaGeography geography) {
        if (query.minCapacity() == null) {
            return null;
        }
        if (query.minCapacity() < 0) {
            throw new InvalidSearch("minCapacity", "Capacity must be 0 or more");
        }
        Set<String> areas = query.area() == null || query.area().isBlank() ? geography.all()
                : geography.related(query.area());
        return new CapacityFilter(areas, query.minCapacity());
    }

    private static void anyOf(List<Filter> filters, Facet facet, Set<String> values) {
        if (!values.isEmpty()) {
            filters.add(new Filter(facet.field(), values));
        }
    }

    private static void flag(List<Filter> filters, Facet facet, Boolean wanted) {
        if (wanted != null) {
            filters.add(new Filter(facet.field(), Set.of(wanted.toString())));
        }
    }
}
