package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The signed-in person lives in the HTTP session with the account's sign-in generation at that moment; signing in
 * starts a fresh session so an old id is useless. The session is good only while the account keeps that
 * generation (see {@link SignedInUsers}).
 */
@Singleton
public class PortalSessions {

    static final String VIEWER = "marketplace.viewer";
    static final String GENERATION = "marketplace.signInGeneration";

    private final SessionStore<Session> store;
    private final SignedInUsers users;

    PortalSessions(SessionStore<Session> store, SignedInUsers users) {
        this.store = store;
        this.users = users;
    }

    public void signIn(HttpRequest<?> request, Viewer viewer) {
        Session session = renew(request);
        session.put(GENERATION, users.generationOf(viewer.userId()));
        session.put(VIEWER, viewer);
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

    /**
     * The session's viewer as the account is now: empty (and the session no longer signed in) once the account was
     * deactivated or its password changed; with the current roles if they changed.
     */
    Optional<Viewer> current(HttpRequest<?> request) {
        Optional<Session> found = SessionForRequest.find(request);
        Optional<Viewer> stored = found.flatMap(s -> s.get(VIEWER, Viewer.class));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        long generation = session.get(GENERATION, Long.class).orElse(-1L);
        Optional<Viewer> current = users.current(stored.get().userId(), generation);
        if (current.isEmpty()) {
            session.remove(VIEWER);
            session.remove(GENERATION);
        } else if (!current.get().equals(stored.get())) {
            session.put(VIEWER, current.get());
        }
        return current;
    }

    static boolean signedIn(HttpRequest<?> request) {
        return SessionForRequest.find(request)
                .flatMap(s -> s.get(VIEWER, Viewer.class))
                .isPresent();
    }
}
