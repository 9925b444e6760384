package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Work outside a transaction found no connection: see {@link DatabaseUnavailable}. */
@Produces
@Singleton
@Requires(classes = CannotGetJdbcConnectionException.class)
class NoConnectionHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

    private final DatabaseUnavailable unavailable;

    NoConnectionHandler(DatabaseUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        return unavailable.answer(request, exception);
    }
}
