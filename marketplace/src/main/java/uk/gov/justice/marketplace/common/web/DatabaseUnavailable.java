package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database cannot be reached (down, restarting, every connection busy for longer than the pool waits): no
 * transaction began, so nothing changed. The caller is told so at once, 503 with Retry-After, rather than a 500.
 */
@Singleton
class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final ErrorResponses responses;

    DatabaseUnavailable(ErrorResponses responses) {
        this.responses = responses;
    }

    HttpResponse<?> answer(HttpRequest<?> request, RuntimeException cause) {
        LOG.warn("No database connection for {} {}: {}", request.getMethod(), request.getPath(), cause.getMessage());
        return responses
                .respond(request, HttpStatus.SERVICE_UNAVAILABLE, "error.database.unavailable", List.of())
                .header("Retry-After", RETRY_AFTER_SECONDS);
    }
}
