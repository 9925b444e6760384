package uk.gov.justice.marketplace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.justice.marketplace.search.DocumentQuery.AnyOf;
import uk.gov.justice.marketplace.search.DocumentQuery.AtLeastInArea;
import uk.gov.justice.marketplace.search.DocumentQuery.Condition;
import uk.gov.justice.marketplace.search.DocumentQuery.InArea;
import uk.gov.justice.marketplace.search.DocumentQuery.Range;

/**
 * A query checked against its kind and reduced to what both engines run: every stem must match in some text field;
 * every filter is "the field has one of these values"; a range is "the number lies between"; a per-area minimum is
 * "at least this many in one of these areas". Each engine turns the same plan into its own query, which is what
 * keeps their answers the same.
 */
record SearchPlan(
        List<String> stems,
        List<Filter> filters,
        List<NumberRange> ranges,
        List<AreaMinimum> minimums,
        Sort sort,
        int from,
        int size,
        int page) {

    static final int MAX_TEXT = 500;
    static final int MAX_PAGE_SIZE = 100;
    /** As deep as Elasticsearch pages by default; deeper paging needs a narrower search. */
    static final int MAX_WINDOW = 10_000;

    record Filter(String field, Set<String> anyOf) {}

    /** Bounds included; a null one is open. */
    record NumberRange(String field, Long atLeast, Long atMost) {}

    record AreaMinimum(String field, Set<String> areas, int atLeast) {}

    /** A sort field (null for relevance), whether it is a number, and which way; ties are always broken by id. */
    record Sort(String field, boolean number, boolean descending) {
        boolean relevance() {
            return field == null;
        }
    }

    static <D> SearchPlan of(DocumentKind<D> kind, DocumentQuery query, AreaGeography geography) {
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
        List<Filter> filters = new ArrayList<>();
        List<NumberRange> ranges = new ArrayList<>();
        List<AreaMinimum> minimums = new ArrayList<>();
        for (Condition condition : query.conditions()) {
            if (condition instanceof AnyOf any) {
                filters.add(new Filter(
                        kind.field(any.field(), DocumentKind.Keyword.class).name(), any.values()));
            } else if (condition instanceof InArea in) {
                filters.add(new Filter(areas(kind, in.field()), geography.related(in.area())));
            } else if (condition instanceof Range range) {
                ranges.add(range(kind, range));
            } else if (condition instanceof AtLeastInArea minimum) {
                minimums.add(minimum(kind, minimum, geography));
            }
        }
        DocumentQuery.Order order = query.order().relevance() && stems.isEmpty()
                ? DocumentQuery.Order.by(kind.browseOrder())
                : query.order();
        return new SearchPlan(
                stems, filters, ranges, minimums, sort(kind, order), query.page() * size, size, query.page());
    }

    private static String areas(DocumentKind<?> kind, String field) {
        if (!((DocumentKind.Keyword<?>) kind.field(field, DocumentKind.Keyword.class)).areas()) {
            throw new IllegalArgumentException(kind.name() + "'s " + field + " does not hold areas");
        }
        return field;
    }

    private static NumberRange range(DocumentKind<?> kind, Range range) {
        kind.field(range.field(), DocumentKind.Number.class);
        if (range.atLeast() != null && range.atMost() != null && range.atLeast() > range.atMost()) {
            throw new InvalidSearch(range.field(), "The lower bound must not be above the upper one");
        }
        return new NumberRange(range.field(), range.atLeast(), range.atMost());
    }

    private static AreaMinimum minimum(DocumentKind<?> kind, AtLeastInArea minimum, AreaGeography geography) {
        kind.field(minimum.field(), DocumentKind.PerArea.class);
        if (minimum.atLeast() < 0) {
            throw new InvalidSearch(minimum.field(), "The least amount must be 0 or more");
        }
        Set<String> areas = minimum.area() == null ? geography.all() : geography.related(minimum.area());
        return new AreaMinimum(minimum.field(), areas, minimum.atLeast());
    }

    private static Sort sort(DocumentKind<?> kind, DocumentQuery.Order order) {
        if (order.relevance()) {
            return new Sort(null, false, true);
        }
        DocumentKind.Field<?> field = kind.fields().stream()
                .filter(f -> f.name().equals(order.field()))
                .filter(f -> f instanceof DocumentKind.SortText || f instanceof DocumentKind.Number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.name() + " cannot be sorted by " + order.field()));
        return new Sort(field.name(), field instanceof DocumentKind.Number, order.descending());
    }
}
