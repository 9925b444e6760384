package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * One place that decides how a failure is told: API callers get problem+json naming the fields at fault,
 * people in the portal get a GOV.UK error page in their language. Nothing here changes state.
 */
@Singleton
public class ErrorResponses {

    private final Messages messages;
    private final Pages pages;

    ErrorResponses(Messages messages, Pages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    /**
     * The API and the monitoring endpoints: called by scripts with a bearer token, never by the session cookie,
     * and answered in problem+json.
     */
    public static boolean isApi(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/api")
                || path.startsWith("/api/")
                || RouteAttributes.getRouteInfo(request)
                        .map(route -> route.getAnnotationMetadata().hasStereotype(Endpoint.class))
                        .orElse(false);
    }

    public MutableHttpResponse<?> problem(
            HttpRequest<?> request, HttpStatus status, String detailKey, List<InvalidInput> fields) {
        Locale locale = messages.locale(request);
        List<Problem.FieldProblem> errors = fields.stream()
                .map(f -> new Problem.FieldProblem(f.field(), messages.text(f.getMessage(), locale)))
                .toList();
        return Problem.response(status, messages.text(detailKey, locale), errors);
    }

    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String pageKey) {
        return pages.page(
                request,
                status,
                "errors/problem",
                new ProblemPage("errors." + pageKey + ".heading", "errors." + pageKey + ".body"));
    }

    /** API: problem+json; portal: the page for the status. */
    public MutableHttpResponse<?> respond(
            HttpRequest<?> request, HttpStatus status, String detailKey, List<InvalidInput> fields) {
        if (isApi(request)) {
            return problem(request, status, detailKey, fields);
        }
        return page(request, status, pageFor(status));
    }

    private static String pageFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "notFound";
            case FORBIDDEN -> "forbidden";
            case BAD_REQUEST,
                    UNPROCESSABLE_ENTITY,
                    CONFLICT,
                    METHOD_NOT_ALLOWED,
                    UNSUPPORTED_MEDIA_TYPE,
                    LENGTH_REQUIRED -> "badRequest";
            case REQUEST_ENTITY_TOO_LARGE -> "tooLarge";
            default -> "server";
        };
    }
}
