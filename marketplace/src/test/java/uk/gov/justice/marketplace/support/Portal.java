package uk.gov.justice.marketplace.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/** The running service as people and scripts reach it: a fresh browser session or an API client. */
@Singleton
public class Portal {

    private final EmbeddedServer server;

    Portal(EmbeddedServer server) {
        this.server = server;
    }

    public PortalClient newBrowser() {
        return new PortalClient(server.getURI());
    }

    /** A browser session signed in as one of the {@link Accounts} (they share one password). */
    public PortalClient signedIn(String email) {
        PortalClient browser = newBrowser();
        browser.signIn(email, Accounts.PASSWORD);
        return browser;
    }

    public ApiClient api() {
        return ApiClient.anonymous(server.getURI());
    }

    public ApiClient api(String token) {
        return api().withToken(token);
    }
}
