package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import java.util.List;

/**
 * The stylesheets, scripts and images every page pulls in, open to anyone (application.yml): nobody needs to be
 * looked up in the database to be sent them.
 */
final class StaticAssets {

    private static final List<String> PREFIXES = List.of("/govuk/", "/assets/", "/app/", "/favicon.ico");

    private StaticAssets() {}

    static boolean isAsset(HttpRequest<?> request) {
        String path = request.getPath();
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
