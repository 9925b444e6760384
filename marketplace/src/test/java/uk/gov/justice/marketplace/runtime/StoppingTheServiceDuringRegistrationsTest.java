package uk.gov.justice.marketplace.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.Application;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Eventually;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator stops the service (SIGTERM, as a container runtime or systemd sends it) while charities are
 * registering: the service as `java -jar` runs it, in a process of its own on its embedded database.
 */
@Tag("faults")
class StoppingTheServiceDuringRegistrationsTest {

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
        RegistrationStream registrations = RegistrationStream.start(address, 8);
        Eventually.within(Duration.ofSeconds(60), () -> registrations.confirmed().size() >= 30);

        service.destroy();
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        registrations.stop();

        assertThat(registrations.statuses()).allMatch(status -> status < 500 || status == 503);
        assertThat(Files.readString(log())).doesNotContain("57P01", "terminating connection due to administrator");
        assertThat(data().resolve("postmaster.pid")).as("the database was stopped, not left behind")
                .doesNotExist();
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data())) {
            assertThat(RegistrationStream.organisationsIn(restarted)).containsAll(registrations.confirmed());
        }
    }

    private URI startService() throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                Application.class.getName(), "--data-dir=" + data())
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
        try {
            return api.get("/health/readiness").status() == 200;
        } catch (UncheckedIOException e) {
            return false;
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
