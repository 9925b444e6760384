package uk.gov.justice.marketplace.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/** API requests: `Authorization: Bearer mrs_...`, looked up off the event loop because it reads the database. */
@Singleton
class BearerTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ExecutorService blocking;

    BearerTokenAuthenticationFetcher(ApiTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders()
                .findFirst(HttpHeaders.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()));
        if (header.isEmpty()) {
            return Publishers.empty();
        }
        String token = header.get().substring(BEARER.length()).trim();
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> tokens.authenticate(token).map(ViewerAuthentication::of).orElse(null), blocking));
    }
}
