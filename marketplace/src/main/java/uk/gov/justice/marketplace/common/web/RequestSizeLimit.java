package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;

/**
 * Keeps the 64 MB server limit for the routes that take files ({@link TakesFiles}) and refuses a larger body than
 * {@link RequestSettings#maxBodySize()} everywhere else, from its declared length, before any of it is read. A
 * body of unknown length (chunked) is refused there too, since its size could only be learnt by reading it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeLimit {

    private final long maxBodySize;
    private final ErrorResponses responses;

    RequestSizeLimit(RequestSettings settings, ErrorResponses responses) {
        this.maxBodySize = settings.maxBodySize();
        this.responses = responses;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        boolean takesFiles = RouteAttributes.getRouteInfo(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(TakesFiles.class))
                .orElse(false);
        if (takesFiles) {
            return null;
        }
        long length = request.getContentLength();
        if (length > maxBodySize) {
            return responses.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.request.tooLarge", List.of());
        }
        if (length < 0 && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return responses.respond(request, HttpStatus.LENGTH_REQUIRED, "error.request.lengthRequired", List.of());
        }
        return null;
    }
}
