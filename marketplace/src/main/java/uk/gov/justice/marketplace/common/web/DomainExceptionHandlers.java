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
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.NotFound;

import java.util.List;

/** Turns the domain's refusals into answers; anything else unexpected stays a 500 with its cause logged. */
final class DomainExceptionHandlers {

    private DomainExceptionHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = InvalidInput.class)
    static class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<?>> {
        private final ErrorResponses responses;

        InvalidInputHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, InvalidInput exception) {
            HttpStatus status = exception instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY;
            String detail = exception instanceof NotFound ? exception.getMessage() : "error.request.invalid";
            return responses.respond(request, status, detail, List.of(exception));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = InvalidInputs.class)
    static class InvalidInputsHandler implements ExceptionHandler<InvalidInputs, HttpResponse<?>> {
        private final ErrorResponses responses;

        InvalidInputsHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, InvalidInputs exception) {
            return responses.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "error.request.invalid",
                    exception.problems());
        }
    }

    @Produces
    @Singleton
    @Requires(classes = Forbidden.class)
    static class ForbiddenHandler implements ExceptionHandler<Forbidden, HttpResponse<?>> {
        private final ErrorResponses responses;

        ForbiddenHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, Forbidden exception) {
            return responses.respond(request, HttpStatus.FORBIDDEN, exception.getMessage(), List.of());
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ConflictingChange.class)
    static class ConflictHandler implements ExceptionHandler<ConflictingChange, HttpResponse<?>> {
        private final ErrorResponses responses;

        ConflictHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConflictingChange exception) {
            return responses.respond(request, HttpStatus.CONFLICT, exception.getMessage(), List.of());
        }
    }
}
