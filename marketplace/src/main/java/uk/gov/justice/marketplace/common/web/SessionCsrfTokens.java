package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchroniser-token CSRF protection: each session holds one random token, every form sends it back, and
 * {@link CsrfInterceptor} checks they match before a form is handled. A token lives only in its own session, so
 * one taken from another session (or made up) never matches.
 */
@Singleton
public class SessionCsrfTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ATTRIBUTE = "marketplace.csrfToken";

    private final SessionStore<Session> sessions;

    SessionCsrfTokens(SessionStore<Session> sessions) {
        this.sessions = sessions;
    }

    boolean matches(HttpRequest<?> request, String token) {
        return token != null
                && SessionForRequest.find(request)
                        .flatMap(session -> session.get(ATTRIBUTE, String.class))
                        .map(expected -> MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))
                        .orElse(false);
    }

    /** The session's token, starting the session (and its token) on a visitor's first page. */
    public String tokenFor(HttpRequest<?> request) {
        Session session = SessionForRequest.findOrCreate(request, sessions);
        return session.get(ATTRIBUTE, String.class).orElseGet(() -> {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            session.put(ATTRIBUTE, token);
            return token;
        });
    }
}
