package uk.gov.justice.marketplace.runtime;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What the command line and the environment say about where data lives, whether to load the demo market, and
 * whether this is a development run (MARKETPLACE_DEVELOPMENT=true, or the demo, which is never production).
 * An external database is named by DATABASE_URL, or by Micronaut's own datasource settings; without either the
 * service runs an embedded PostgreSQL whose data directory survives restarts.
 */
public record StartupOptions(boolean demo, boolean development, Path dataDirectory, DatabaseUrl externalDatabase) {

    static final String DEMO_FLAG = "--demo";
    private static final String DATA_DIR_FLAG = "--data-dir=";

    public static StartupOptions from(String[] args, Map<String, String> env) {
        boolean demo = Arrays.asList(args).contains(DEMO_FLAG) || "true".equalsIgnoreCase(env.get("MARKETPLACE_DEMO"));
        Path dataDirectory = Arrays.stream(args)
                .filter(a -> a.startsWith(DATA_DIR_FLAG))
                .map(a -> Path.of(a.substring(DATA_DIR_FLAG.length())))
                .findFirst()
                .orElseGet(() -> Path.of(env.getOrDefault("MARKETPLACE_DATA_DIR", "data")));
        boolean development = demo || "true".equalsIgnoreCase(env.get("MARKETPLACE_DEVELOPMENT"));
        return new StartupOptions(demo, development, dataDirectory.toAbsolutePath(), DatabaseUrl.fromEnvironment(env));
    }

    public boolean usesEmbeddedDatabase() {
        return externalDatabase == null;
    }
}
