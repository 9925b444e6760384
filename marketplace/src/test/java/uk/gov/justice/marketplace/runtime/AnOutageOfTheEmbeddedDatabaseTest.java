package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.HttpAnswer;

/**
 * The embedded PostgreSQL dies under a running service (killed, as the OOM killer would). While it is down, people
 * are told at once to try again and the readiness probe says DOWN; once it is supervised it comes back by itself,
 * crash recovery and all, and so does the service, with nobody restarting it.
 */
@Tag("faults")
class AnOutageOfTheEmbeddedDatabaseTest {

    /** The pool waits two seconds for a connection; the rest is the answer's way back. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(4);

    @TempDir
    Path dataDirectory;

    @Test
    void requests_during_the_outage_are_refused_fast_and_the_service_serves_again_by_itself() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
                EmbeddedServer server = ApplicationContext.run(
                        EmbeddedServer.class, Launcher.embeddedDatabaseProperties(database), "test")) {
            ApiClient api = ApiClient.anonymous(server.getURI());
            assertThat(api.get("/api/register").status()).isEqualTo(200);

            Postmaster.kill(dataDirectory);

            HttpAnswer register = timed(() -> api.get("/api/register"));
            assertThat(register.status()).isEqualTo(503);
            assertThat(register.contentType()).startsWith("application/problem+json");
            assertThat(register.header("Retry-After")).isNotBlank();
            assertThat(register.body()).contains("Try again");
            assertThat(timed(
                                    () -> api.post(
                                            "/api/registrations",
                                            """
                    {"organisationName": "Gwent Women's Centre", "fullName": "Eleri Jones",
                     "email": "eleri@gwent.example.org", "password": "a long enough passphrase",
                     "confirmPassword": "a long enough passphrase"}"""))
                            .status())
                    .isEqualTo(503);
            assertThat(timed(() -> api.get("/health/readiness")).status()).isEqualTo(503);

            database.supervise();

            Eventually.within(
                    Duration.ofSeconds(60), () -> api.get("/api/register").status() == 200);
            assertThat(api.get("/health/readiness").status()).isEqualTo(200);
        }
    }

    private static HttpAnswer timed(Supplier<HttpAnswer> request) {
        long asked = System.nanoTime();
        HttpAnswer answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(FAIL_FAST);
        return answer;
    }
}
