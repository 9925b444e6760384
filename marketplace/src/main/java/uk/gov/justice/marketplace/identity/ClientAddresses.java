package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * The caller's address for sign-in throttling: the connection's, unless a trusted reverse proxy is configured to
 * pass it on, in which case the last value of that header (the one the proxy itself added).
 */
@Singleton
class ClientAddresses {

    private final SignInSettings settings;

    ClientAddresses(SignInSettings settings) {
        this.settings = settings;
    }

    String of(HttpRequest<?> request) {
        String header = settings.clientAddressHeader();
        if (header != null && !header.isBlank()) {
            String forwarded = request.getHeaders().getAll(header).stream()
                    .reduce((first, last) -> last)
                    .orElse(null);
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }
}
