package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.Application;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Eventually;

/**
 * An operator stops the service (SIGTERM, as a container runtime or systemd sends it) while charities are
 * registering: the service as `java -jar` runs it, in a process of its own on its embedded database.
 */
@Tag("faults")
class StoppingTheServiceDuringRegistrationsTest {

    /**
     * Readiness is DOWN from the signal on, and for two seconds (the default) the service still takes connections
     * so a probe can hear it; before, it answered 200 until its listener closed. The bound allows a loaded machine.
     */
    private static final Duration READINESS_DOWN = Duration.ofSeconds(5);

    @TempDir
    Path workDirectory;

    private Process service;

    @AfterEach
    void noServiceLeftRunning() {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
    }

    @Test
    void every_registration_under_way_is_answered_or_refused_cleanly_and_every_confirmed_one_is_kept()
            throws Exception {
        URI address = startService();
        ApiClient api = ApiClient.anonymous(address);
        RegistrationStream registrations = RegistrationStream.start(address, 8);
        Eventually.within(
                Duration.ofSeconds(60), () -> registrations.confirmed().size() >= 30);

        service.destroy();
        long signalled = System.nanoTime();
        // A load balancer polling readiness learns at once to send its new work elsewhere.
        Eventually.within(READINESS_DOWN, () -> readiness(api) == 503);
        System.out.printf(
                "SIGTERM: readiness DOWN after %d ms%n",
                Duration.ofNanos(System.nanoTime() - signalled).toMillis());
        assertThat(service.waitFor(60, TimeUnit.SECONDS))
                .as("stopped within a minute")
                .isTrue();
        registrations.stop();

        assertThat(registrations.statuses()).allMatch(status -> status < 500 || status == 503);
        assertThat(Files.readString(log())).doesNotContain("57P01", "terminating connection due to administrator");
        assertThat(data().resolve("postmaster.pid"))
                .as("the database was stopped, not left behind")
                .doesNotExist();
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data())) {
            assertThat(RegistrationStream.organisationsIn(restarted)).containsAll(registrations.confirmed());
        }
    }

    private URI startService() throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Application.class.getName(),
                        "--data-dir=" + data())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("DATASOURCES_"));
        environment.put("MARKETPLACE_DEVELOPMENT", "true");
        environment.put("MARKETPLACE_PORT", String.valueOf(port));
        service = builder.start();
        URI address = URI.create("http://localhost:" + port);
        ApiClient api = ApiClient.anonymous(address);
        Eventually.within(Duration.ofMinutes(3), () -> service.isAlive() && answersReady(api));
        return address;
    }

    private static boolean answersReady(ApiClient api) {
        return readiness(api) == 200;
    }

    /** The probe's status, or 0 when nothing answers. */
    private static int readiness(ApiClient api) {
        try {
            return api.get("/health/readiness").status();
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    private Path data() {
        return workDirectory.resolve("data");
    }

    private Path log() {
        return workDirectory.resolve("service.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
