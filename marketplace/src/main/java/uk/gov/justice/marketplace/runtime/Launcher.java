package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;
import uk.gov.justice.marketplace.Application;

/** Chooses the database, then starts Micronaut with it; on SIGTERM drains it, and stops the embedded database last. */
public final class Launcher {

    static final String DATABASE_NAME = "marketplace";
    private static final String CHECKPOINT_KEY = "marketplace.audit.checkpoints.key";
    private static final String CHECKPOINT_KEY_VARIABLE = "MARKETPLACE_AUDIT_CHECKPOINTS_KEY";
    /** A process ended by a signal exits with 128 plus its number, as the JVM's own handler would. */
    private static final int SIGNAL_EXIT_BASE = 128;

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {}

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
            embedded.supervise();
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
        stopInOrderOnSignal(context, embedded);
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
     * The JVM runs every shutdown hook at once, and the embedded database's library registers one of its own, so
     * on a plain SIGTERM PostgreSQL stopped under requests still being answered. The service takes SIGTERM and
     * SIGINT itself: first readiness goes DOWN while requests are still served (for marketplace.shutdown
     * .readiness-delay, so a load balancer stops sending new work), then the context stops (no new connections,
     * in-flight requests answered within micronaut.lifecycle.graceful-shutdown.grace-period, schedulers stopped,
     * the pool closed), then the embedded database if there is one, then the JVM exits as it would have; the hooks
     * left to run find everything already closed.
     */
    private static void stopInOrderOnSignal(ApplicationContext context, EmbeddedDatabase database) {
        AtomicBoolean stopping = new AtomicBoolean();
        SignalHandler stopInOrder = signal -> {
            if (stopping.getAndSet(true)) {
                return;
            }
            Duration readinessDelay = context.getBean(ShutdownSettings.class).readinessDelay();
            LOG.info(
                    "SIG{}: readiness DOWN; in {} s no new connections, then the requests in hand are finished and "
                            + "the database stopped",
                    signal.getName(),
                    readinessDelay.toMillis() / 1000.0);
            context.getBean(Draining.class).begin();
            try {
                pause(readinessDelay);
                context.close();
            } finally {
                if (database != null) {
                    database.close();
                }
            }
            System.exit(SIGNAL_EXIT_BASE + signal.getNumber());
        };
        Signal.handle(new Signal("TERM"), stopInOrder);
        Signal.handle(new Signal("INT"), stopInOrder);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            // Asked to hurry: drain now.
            Thread.currentThread().interrupt();
        }
    }

    private static String redacted(DatabaseUrl url) {
        return url.jdbcUrl().replaceAll("password=[^&]*", "password=***");
    }
}
