package uk.gov.justice.marketplace.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import uk.gov.justice.marketplace.common.web.ErrorResponses;

/**
 * Portal requests: the viewer stored in the session at sign-in, checked against the account on every request (off
 * the event loop, since that reads the database) so a deactivation or a role change takes effect at once. Never for
 * {@code /api}: a browser sends the cookie with any request another site makes it send, and API calls carry no CSRF
 * token, so there only a bearer token (which no other site can make a browser send) says who is calling.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final PortalSessions sessions;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(PortalSessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (ErrorResponses.isApi(request) || StaticAssets.isAsset(request) || !PortalSessions.signedIn(request)) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> sessions.current(request).map(ViewerAuthentication::of).orElse(null), blocking));
    }
}
