package uk.gov.justice.marketplace.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Portal requests: the viewer stored in the session at sign-in. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return PortalSessions.viewer(request)
                .map(viewer -> Publishers.just(ViewerAuthentication.of(viewer)))
                .orElseGet(Publishers::empty);
    }
}
