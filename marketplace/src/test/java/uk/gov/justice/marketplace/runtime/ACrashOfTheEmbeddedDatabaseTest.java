package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.audit.AuditLog;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Eventually;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine running a small deployment loses its database in the middle of the day's registrations (the
 * postmaster and every server process killed at once, as a crash or the kernel's OOM killer would). Whatever the
 * service had told a charity was saved is there when the database comes back on the same data directory.
 */
@Tag("faults")
class ACrashOfTheEmbeddedDatabaseTest {

    private static final int WRITERS = 4;

    @TempDir
    Path dataDirectory;

    @Test
    void every_registration_confirmed_before_the_crash_is_there_after_the_restart_and_the_audit_chain_verifies()
            throws Exception {
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        try (EmbeddedServer server = serviceOn(database)) {
            ApiClient api = ApiClient.anonymous(server.getURI());
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger next = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        String name = "Charity " + next.incrementAndGet();
                        if (register(api, name)) {
                            confirmed.add(name);
                        }
                    }
                });
            }
            Eventually.within(Duration.ofSeconds(60), () -> confirmed.size() >= 100);
            killWithItsServerProcesses(dataDirectory);
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            database.close();
        }

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory);
             EmbeddedServer server = serviceOn(restarted)) {
            assertThat(organisationNames(restarted)).containsAll(confirmed);
            assertThat(server.getApplicationContext().getBean(AuditLog.class).verify().intact()).isTrue();
        }
    }

    private static EmbeddedServer serviceOn(EmbeddedDatabase database) {
        Map<String, Object> properties = new HashMap<>(Launcher.embeddedDatabaseProperties(database));
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static boolean register(ApiClient api, String name) {
        try {
            return api.post("/api/registrations", """
                    {"organisationName": "%1$s", "fullName": "Eleri Jones", "email": "%2$s@example.org",
                     "password": "a long enough passphrase", "confirmPassword": "a long enough passphrase"}"""
                    .formatted(name, name.replace(' ', '-').toLowerCase())).status() == 201;
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }

    /** The first line of postmaster.pid is the postmaster's process id; its children are the server processes. */
    private static void killWithItsServerProcesses(Path dataDirectory) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
        List<ProcessHandle> serverProcesses = handle.descendants().toList();
        handle.destroyForcibly();
        serverProcesses.forEach(ProcessHandle::destroyForcibly);
    }

    private static Set<String> organisationNames(EmbeddedDatabase database) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(Launcher.DATABASE_NAME),
                EmbeddedDatabase.OWNER_ROLE, database.ownerPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from organisation")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
