package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document for API clients, with the fields at fault under {@code errors} (the same
 * field names as the request body or parameters).
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Serdeable
    public record FieldProblem(String field, String detail) {}

    public static MutableHttpResponse<Problem> response(HttpStatus status, String detail, List<FieldProblem> errors) {
        Problem problem = new Problem(
                "about:blank",
                status.getReason(),
                status.getCode(),
                detail,
                errors == null || errors.isEmpty() ? null : errors);
        return HttpResponse.<Problem>status(status).body(problem).contentType(MEDIA_TYPE);
    }
}
