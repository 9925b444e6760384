package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Refusal;
import uk.gov.justice.marketplace.common.Unavailable;

/** Turns the domain's refusals into answers; anything else unexpected stays a 500 with its cause logged. */
@Produces
@Singleton
@Requires(classes = Refusal.class)
class DomainExceptionHandlers implements ExceptionHandler<Refusal, HttpResponse<?>> {

    private final ErrorResponses responses;

    DomainExceptionHandlers(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        HttpStatus status = statusOf(refusal);
        String detail = status == HttpStatus.UNPROCESSABLE_ENTITY ? "error.request.invalid" : refusal.getMessage();
        return responses.respond(request, status, detail, refusal.fields());
    }

    private static HttpStatus statusOf(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof ConflictingChange) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof Unavailable) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
