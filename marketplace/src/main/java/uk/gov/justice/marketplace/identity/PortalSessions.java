package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The signed-in person lives in the HTTP session; signing in starts a fresh session so an old id is useless. */
@Singleton
public class PortalSessions {

    static final String VIEWER = "marketplace.viewer";

    private final SessionStore<Session> store;

    PortalSessions(SessionStore<Session> store) {
        this.store = store;
    }

    public void signIn(HttpRequest<?> request, Viewer viewer) {
        renew(request).put(VIEWER, viewer);
    }

    public void signOut(HttpRequest<?> request) {
        renew(request);
    }

    /** Forgets the old session entirely and starts an empty one with a new id. */
    private Session renew(HttpRequest<?> request) {
        SessionForRequest.find(request).ifPresent(old -> {
            old.clear();
            store.deleteSession(old.getId());
        });
        return SessionForRequest.create(store, request);
    }

    static Optional<Viewer> viewer(HttpRequest<?> request) {
        return SessionForRequest.find(request).flatMap(s -> s.get(VIEWER, Viewer.class));
    }
}
