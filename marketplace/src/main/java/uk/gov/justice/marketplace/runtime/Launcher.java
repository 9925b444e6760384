package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import uk.gov.justice.marketplace.Application;

import java.util.HashMap;
import java.util.Map;

/** Chooses the database, then starts Micronaut with it; closes the embedded database last. */
public final class Launcher {

    static final String DATABASE_NAME = "marketplace";

    private Launcher() {
    }

    public static void launch(String[] args) {
        long started = System.nanoTime();
        StartupOptions options = StartupOptions.from(args, System.getenv());
        Map<String, Object> properties = new HashMap<>();
        properties.put(StartupAnnouncement.STARTED_NANOS, started);
        properties.put("marketplace.demo.enabled", options.demo());
        EmbeddedDatabase embedded = null;
        if (options.usesEmbeddedDatabase()) {
            embedded = EmbeddedDatabase.start(options.dataDirectory());
            properties.putAll(embedded.datasourceProperties(DATABASE_NAME));
            properties.put(StartupAnnouncement.DATA_LOCATION,
                    "embedded PostgreSQL, data in " + embedded.dataDirectory());
        } else {
            properties.putAll(options.externalDatabase().datasourceProperties());
            properties.put(StartupAnnouncement.DATA_LOCATION, "PostgreSQL at " + redacted(options.externalDatabase()));
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(properties)
                .start();
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            if (database != null) {
                database.close();
            }
        }, "marketplace-shutdown"));
    }

    private static String redacted(DatabaseUrl url) {
        return url.jdbcUrl().replaceAll("password=[^&]*", "password=***");
    }
}
