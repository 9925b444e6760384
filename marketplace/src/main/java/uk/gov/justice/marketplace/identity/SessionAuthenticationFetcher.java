package uk.gov.justice.marketplace.identity;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import uk.gov.justice.marketplace.common.web.ErrorResponses;

/**
 * Portal requests: the viewer stored in the session at sign-in. Never for {@code /api}: a browser sends the cookie
 * with any request another site makes it send, and API calls carry no CSRF token, so there only a bearer token
 * (which no other site can make a browser send) says who is calling.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (ErrorResponses.isApi(request)) {
            return Publishers.empty();
        }
        return PortalSessions.viewer(request)
                .map(viewer -> Publishers.just(ViewerAuthentication.of(viewer)))
                .orElseGet(Publishers::empty);
    }
}
