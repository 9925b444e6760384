package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.session.SessionIdResolver;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Binds each CSRF token to its HTTP session, so a token lifted from one session is refused in another. */
@Singleton
class HttpSessionIdResolver implements SessionIdResolver<HttpRequest<?>> {

    @Override
    public Optional<String> findSessionId(HttpRequest<?> request) {
        return SessionForRequest.find(request).map(Session::getId);
    }
}
