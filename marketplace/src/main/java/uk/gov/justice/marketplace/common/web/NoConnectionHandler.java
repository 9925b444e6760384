package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.common.DatabaseUnreachable;

/**
 * Whatever layer the database failure surfaced in (no connection from the pool, a transaction that could not begin,
 * a statement whose connection was lost), the caller is told the same: see {@link DatabaseUnavailable}. Anything
 * else unexpected stays a 500 with its cause logged, as Micronaut would answer it.
 */
@Produces
@Singleton
class NoConnectionHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(NoConnectionHandler.class);

    private final DatabaseUnavailable unavailable;
    private final ErrorResponses responses;

    NoConnectionHandler(DatabaseUnavailable unavailable, ErrorResponses responses) {
        this.unavailable = unavailable;
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (DatabaseUnreachable.causes(exception)) {
            return unavailable.answer(request, exception);
        }
        LOG.error("Unexpected error occurred: {}", exception.getMessage(), exception);
        return responses.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.server", List.of());
    }
}
