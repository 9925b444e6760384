package uk.gov.justice.marketplace.common.web;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;

/**
 * Whether the service is served over TLS, so that its cookies are Secure and browsers are told to use HTTPS only
 * (HSTS). Safe by default: anything but a plain-HTTP address on this machine counts as served over TLS, so a
 * deployment that forgets the setting does not send a session cookie in clear.
 */
@Singleton
public class TransportSecurity {

    private final boolean behindTls;

    TransportSecurity(PublicSiteSettings settings) {
        this.behindTls = behindTls(settings.publicUrl(), settings.secureCookies());
    }

    public boolean behindTls() {
        return behindTls;
    }

    static boolean behindTls(String publicUrl, String override) {
        String explicit = override == null ? "auto" : override.trim().toLowerCase(Locale.ROOT);
        if (explicit.equals("true") || explicit.equals("false")) {
            return Boolean.parseBoolean(explicit);
        }
        if (!explicit.equals("auto") && !explicit.isEmpty()) {
            throw new IllegalArgumentException(
                    "MARKETPLACE_SESSION_SECURE_COOKIES must be true, false or auto, not " + override);
        }
        URI uri = URI.create(publicUrl.trim());
        return "https".equalsIgnoreCase(uri.getScheme()) || !isLoopback(uri.getHost());
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || name.startsWith("127.")
                || name.equals("[::1]")
                || name.equals("::1");
    }
}
