package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.uri.UriBuilder;
import java.util.List;
import java.util.Map;

/** Links from a page of search results: every filter kept in the query string, so they work without JavaScript. */
public final class SearchLinks {

    private SearchLinks() {}

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
