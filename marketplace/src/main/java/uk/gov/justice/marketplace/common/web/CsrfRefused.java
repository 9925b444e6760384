package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A form came without this session's token: expired session, a second tab after sign-out, or a forgery. */
public class CsrfRefused extends RuntimeException {

    CsrfRefused() {
        super("The form's CSRF token is missing or belongs to another session");
    }

    @Produces
    @Singleton
    @Requires(classes = CsrfRefused.class)
    static class Handler implements ExceptionHandler<CsrfRefused, HttpResponse<?>> {
        private final ErrorResponses responses;

        Handler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CsrfRefused exception) {
            return responses.page(request, HttpStatus.FORBIDDEN, "csrf");
        }
    }
}
