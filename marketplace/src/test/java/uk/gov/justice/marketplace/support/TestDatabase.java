package uk.gov.justice.marketplace.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.justice.marketplace.runtime.EmbeddedDatabase;

/**
 * One real PostgreSQL for the whole test run, and a new empty database in it for every test class, so classes
 * never see each other's rows and Flyway runs the real migrations each time.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {}

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            server = EmbeddedDatabase.startDisposable();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    public static Map<String, String> freshDatabaseProperties(Class<?> testClass) {
        String name = "test_" + COUNTER.incrementAndGet() + "_"
                + testClass.getSimpleName().toLowerCase().replaceAll("[^a-z0-9]", "");
        Map<String, String> properties = new HashMap<>();
        server().datasourceProperties(name).forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("marketplace.audit.checkpoints.key", server().checkpointKey());
        return properties;
    }
}
