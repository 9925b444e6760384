package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * Micronaut's own failures (malformed JSON, a missing or unconvertible parameter, unknown route, wrong method)
 * told the same way as the domain's: problem+json with the field for the API, an error page for the portal.
 */
@Singleton
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    /** Headers Micronaut set that still matter once the body is ours. */
    private static final List<String> KEPT_HEADERS = List.of("Allow", "WWW-Authenticate", "Retry-After");

    private final ErrorResponses responses;

    ProblemErrorResponseProcessor(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        InvalidInput refusedWhileReading =
                refusedWhileReading(context.getRootCause().orElse(null));
        if (refusedWhileReading != null) {
            return (MutableHttpResponse<Object>) responses.respond(
                    context.getRequest(),
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "error.request.invalid",
                    List.of(refusedWhileReading));
        }
        HttpStatus status = response.getStatus();
        List<InvalidInput> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new InvalidInput(fieldName(e), e.getMessage()))
                .toList();
        String detail = status.getCode() >= 500
                ? "error.server"
                : context.getErrors().stream()
                        .filter(e -> e.getPath().isEmpty())
                        .map(Error::getMessage)
                        .findFirst()
                        .orElse(fields.isEmpty() ? status.getReason() : "error.request.invalid");
        MutableHttpResponse<?> answer = responses.respond(context.getRequest(), status, detail, fields);
        for (String kept : KEPT_HEADERS) {
            response.getHeaders().getAll(kept).forEach(v -> answer.header(kept, v));
        }
        return (MutableHttpResponse<Object>) answer;
    }

    /** A body Micronaut could not bind because a value refused itself ({@code UntrustedTextDeserializer}). */
    private static InvalidInput refusedWhileReading(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return invalid;
            }
        }
        return null;
    }

    // Micronaut names a field as a path ("/from", "command.email"); clients know it by its own name.
    private static String fieldName(Error error) {
        String path = error.getPath().orElse("");
        int separator = Math.max(path.lastIndexOf('.'), path.lastIndexOf('/'));
        return path.substring(separator + 1);
    }
}
