package uk.gov.justice.marketplace.runtime;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * An external PostgreSQL server. Accepts the common `postgres://user:password@host:port/db` form (as platforms
 * hand it out) and a plain JDBC URL; Micronaut's own `DATASOURCES_DEFAULT_URL` is left for Micronaut to read.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    public static DatabaseUrl fromEnvironment(Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return parse(url, env.get("DATABASE_USERNAME"), env.get("DATABASE_PASSWORD"));
        }
        String micronautUrl =
                firstNonBlank(env.get("DATASOURCES_DEFAULT_URL"), System.getProperty("datasources.default.url"));
        return micronautUrl == null ? null : new DatabaseUrl(micronautUrl, null, null);
    }

    static DatabaseUrl parse(String url, String username, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(url, username, password);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql:, not " + redact(url));
        }
        URI uri = URI.create(url);
        String[] credentials =
                uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath()
                + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        return new DatabaseUrl(
                jdbc,
                credentials.length > 0 ? credentials[0] : username,
                credentials.length > 1 ? credentials[1] : password);
    }

    /** Only what we parsed ourselves: Micronaut-native settings are already in Micronaut's environment. */
    public Map<String, Object> datasourceProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", jdbcUrl);
        if (username != null) {
            properties.put("datasources.default.username", username);
        }
        if (password != null) {
            properties.put("datasources.default.password", password);
        }
        return properties;
    }

    private static String redact(String url) {
        return url.replaceAll("//[^@/]*@", "//***@");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
