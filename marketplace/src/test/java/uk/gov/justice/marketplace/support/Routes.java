package uk.gov.justice.marketplace.support;

import io.micronaut.http.MediaType;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Every route the running service has, as the router knows it, for tests that sweep them all. */
public final class Routes {

    /** A value for each path variable that is not an id (ids get a random UUID: nothing is found, nobody's data). */
    private static final Map<String, String> EXAMPLES = Map.of(
            "part",
            "organisation",
            "code",
            "gwent",
            "year",
            "2026",
            "token",
            "not-an-invitation",
            "selector",
            "readiness",
            "number",
            "1");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");

    private Routes() {}

    /** "METHOD /template" to its route, HEAD left out (it mirrors GET). */
    public static Map<String, UriRouteInfo<?, ?>> all(Router router) {
        Map<String, UriRouteInfo<?, ?>> routes = new LinkedHashMap<>();
        router.uriRoutes()
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .sorted(Comparator.comparing(Routes::key))
                .forEach(r -> routes.putIfAbsent(key(r), r));
        return routes;
    }

    public static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate();
    }

    /** Portal pages are controllers outside /api; the API and the management endpoints are for scripts. */
    public static boolean isPortal(UriRouteInfo<?, ?> route) {
        return !route.getUriMatchTemplate().toString().startsWith("/api/")
                && !route.getAnnotationMetadata().hasStereotype(Endpoint.class);
    }

    public static boolean changesState(UriRouteInfo<?, ?> route) {
        return !route.getHttpMethodName().equals("GET")
                && !route.getHttpMethodName().equals("HEAD");
    }

    public static boolean takes(UriRouteInfo<?, ?> route, MediaType type) {
        return route.getConsumes().stream().anyMatch(t -> t.matches(type));
    }

    /** A path this route answers, with example values in its variables. */
    public static String example(UriRouteInfo<?, ?> route) {
        return VARIABLE.matcher(route.getUriMatchTemplate().toString())
                .replaceAll(
                        m -> EXAMPLES.getOrDefault(m.group(1), UUID.randomUUID().toString()));
    }
}
