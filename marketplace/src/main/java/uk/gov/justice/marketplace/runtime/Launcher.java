package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import uk.gov.justice.marketplace.Application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Chooses the database, then starts Micronaut with it; closes the embedded database last. */
public final class Launcher {

    static final String DATABASE_NAME = "marketplace";
    private static final String CHECKPOINT_KEY = "marketplace.audit.checkpoints.key";
    private static final String CHECKPOINT_KEY_VARIABLE = "MARKETPLACE_AUDIT_CHECKPOINTS_KEY";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private Launcher() {
    }

    public static void launch(String[] args) {
        long started = System.nanoTime();
        StartupOptions options = StartupOptions.from(args, System.getenv());
        Map<String, Object> properties = new HashMap<>();
        properties.put(StartupAnnouncement.STARTED_NANOS, started);
        properties.put("marketplace.demo.enabled", options.demo());
        properties.put("marketplace.development", options.development());
        EmbeddedDatabase embedded = null;
        if (options.usesEmbeddedDatabase()) {
            embedded = EmbeddedDatabase.start(options.dataDirectory());
            properties.putAll(embeddedDatabaseProperties(embedded));
        } else {
            properties.putAll(options.externalDatabase().datasourceProperties());
            properties.put(StartupAnnouncement.DATA_LOCATION, "PostgreSQL at " + redacted(options.externalDatabase()));
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(properties)
                .start();
        if (embedded != null) {
            EmbeddedDatabase database = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfter(context, database),
                    "embedded-database-shutdown"));
        }
    }

    /** What the service needs to use the embedded database: its pool, its migrations and its checkpoint key. */
    static Map<String, Object> embeddedDatabaseProperties(EmbeddedDatabase embedded) {
        Map<String, Object> properties = new HashMap<>(embedded.datasourceProperties(DATABASE_NAME));
        if (System.getenv(CHECKPOINT_KEY_VARIABLE) == null) {
            properties.put(CHECKPOINT_KEY, embedded.checkpointKey());
        }
        properties.put(StartupAnnouncement.DATA_LOCATION, "embedded PostgreSQL, data in " + embedded.dataDirectory());
        return properties;
    }

    /**
     * Micronaut's own shutdown hook stops the context; closing it here too would deadlock with it. The database
     * goes last, once the connection pool has let go of it.
     */
    private static void stopAfter(ApplicationContext context, EmbeddedDatabase database) {
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        database.close();
    }

    private static String redacted(DatabaseUrl url) {
        return url.jdbcUrl().replaceAll("password=[^&]*", "password=***");
    }
}
