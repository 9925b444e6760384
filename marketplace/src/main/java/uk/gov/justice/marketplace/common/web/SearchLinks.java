package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.uri.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Links from a page of search results: every filter kept in the query string, so they work without JavaScript. */
public final class SearchLinks {

    /** How many numbered page links stand around the current page. */
    private static final int PAGE_LINKS = 5;

    /** A numbered link to a page of results (its number from 1). */
    public record PageLink(int number, String href, boolean current) {}

    private SearchLinks() {}

    /** The numbered links around the current page (numbered from 0), each from {@code href} of its page. */
    public static List<PageLink> pageLinks(long total, int pageSize, int page, IntFunction<String> href) {
        long pages = (total + pageSize - 1) / pageSize;
        int first = Math.max(0, page - PAGE_LINKS / 2);
        int last = (int) Math.min(pages, first + PAGE_LINKS);
        return IntStream.range(first, last)
                .mapToObj(n -> new PageLink(n + 1, href.apply(n), n == page))
                .toList();
    }

    /** The same search on another page (numbered from 0; the first page has no page parameter). */
    public static String href(String path, List<Map.Entry<String, List<String>>> filters, int page) {
        UriBuilder uri = UriBuilder.of(path);
        filters.forEach(f -> f.getValue().forEach(v -> uri.queryParam(f.getKey(), v)));
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.toString();
    }

    /** A filter of one value: left out when nothing was typed. */
    public static List<String> one(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
