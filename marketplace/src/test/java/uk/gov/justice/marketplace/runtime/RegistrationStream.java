package uk.gov.justice.marketplace.runtime;

import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.justice.marketplace.support.ApiClient;

/**
 * Charities registering one after another from several clients, as a busy day would bring them, for the fault
 * tests: which registrations the service confirmed (201), and every answer it gave.
 */
final class RegistrationStream {

    /** A client whose connection is refused tries again shortly, as a person pressing the button again would. */
    private static final long PAUSE_AFTER_REFUSAL_MILLIS = 50;

    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger refusedConnections = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService clients;

    private RegistrationStream(URI service, int clientCount) {
        ApiClient api = ApiClient.anonymous(service);
        clients = Executors.newFixedThreadPool(clientCount);
        for (int i = 0; i < clientCount; i++) {
            clients.submit(() -> {
                while (writing.get()) {
                    register(api, "Charity " + next.incrementAndGet());
                }
            });
        }
    }

    static RegistrationStream start(URI service, int clients) {
        return new RegistrationStream(service, clients);
    }

    Set<String> confirmed() {
        return Set.copyOf(confirmed);
    }

    /** Status codes answered, whatever they were. */
    Set<Integer> statuses() {
        return Set.copyOf(answers.keySet());
    }

    int refusedConnections() {
        return refusedConnections.get();
    }

    /** Stops starting registrations and waits for the ones under way to be answered. */
    void stop() throws InterruptedException {
        writing.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Registrations still waiting for an answer after two minutes");
        }
    }

    private void register(ApiClient api, String name) {
        try {
            int status = api.post(
                            "/api/registrations",
                            """
                    {"organisationName": "%1$s", "fullName": "Eleri Jones", "email": "%2$s@example.org",
                     "password": "a long enough passphrase", "confirmPassword": "a long enough passphrase"}"""
                                    .formatted(name, name.replace(' ', '-').toLowerCase()))
                    .status();
            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status == 201) {
                confirmed.add(name);
            }
        } catch (UncheckedIOException e) {
            refusedConnections.incrementAndGet();
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_REFUSAL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Read straight from the database, as the operator would check after a restart. */
    static Set<String> organisationsIn(EmbeddedDatabase database) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(Launcher.DATABASE_NAME),
                        EmbeddedDatabase.OWNER_ROLE,
                        database.ownerPassword());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from organisation")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
