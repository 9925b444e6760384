package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.LogLines;

/**
 * The operator's own PostgreSQL server goes down under a running service (stopped at once, as a crash or a failover
 * would) and later comes back. While it is down people are told at once to try again, the readiness probe says DOWN
 * and the scheduled jobs say so once each instead of a stack trace a tick; when it is back the service serves again
 * with nobody restarting it.
 */
@Tag("faults")
class AnOutageOfAnExternalDatabaseTest {

    /** The pool waits two seconds for a connection; the rest is the answer's way back. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(4);

    private static final Duration READINESS_DOWN = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Test
    void requests_during_the_outage_are_refused_fast_and_the_service_serves_again_by_itself() {
        try (ExternalPostgres postgres = ExternalPostgres.start();
                EmbeddedServer server =
                        ApplicationContext.run(EmbeddedServer.class, externalDatabase(postgres), "test");
                LogLines log = LogLines.of(LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))) {
            ApiClient api = ApiClient.anonymous(server.getURI());
            assertThat(api.get("/api/register").status()).isEqualTo(200);
            assertThat(api.get("/health/readiness").status()).isEqualTo(200);

            postgres.stopServerAtOnce();
            long stopped = System.nanoTime();

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
            long asked = System.nanoTime();
            Eventually.within(READINESS_DOWN, () -> api.get("/health/readiness").status() == 503);
            System.out.printf(
                    "External database down: readiness DOWN %d ms after it was asked, %d ms after the " + "stop%n",
                    Duration.ofNanos(System.nanoTime() - asked).toMillis(),
                    Duration.ofNanos(System.nanoTime() - stopped).toMillis());
            // Long enough for the search indexer (every 100 ms) and the email dispatcher (every second) to have
            // found the database gone many times over.
            sleep(Duration.ofSeconds(3));

            postgres.startServer();
            long started = System.nanoTime();

            Eventually.within(RECOVERY, () -> api.get("/api/register").status() == 200);
            System.out.printf(
                    "External database back: serving again %d ms after the server started%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            assertThat(api.get("/health/readiness").status()).isEqualTo(200);
            Eventually.within(
                    Duration.ofSeconds(10),
                    () -> linesNaming(log, "INFO", "search indexer").size() == 1
                            && linesNaming(log, "INFO", "rate-card search indexer")
                                            .size()
                                    == 1);

            assertThat(linesNaming(log, "WARN", "search indexer")).hasSize(1);
            assertThat(linesNaming(log, "WARN", "rate-card search indexer")).hasSize(1);
            assertThat(linesNaming(log, "WARN", "email dispatcher")).hasSize(1);
            // Micronaut's own handler for a failed run logs "Error invoking scheduled task", stack trace and all.
            assertThat(log.written())
                    .as("no stack trace from a scheduled job")
                    .noneMatch(line -> line.contains("scheduled task"));
        }
    }

    private static Map<String, Object> externalDatabase(ExternalPostgres postgres) {
        return DatabaseUrl.parse(postgres.databaseUrl(), null, null).datasourceProperties();
    }

    private static List<String> linesNaming(LogLines log, String level, String job) {
        return log.written().stream()
                .filter(line -> line.contains(level) && line.contains("The " + job + " "))
                .toList();
    }

    private static HttpAnswer timed(Supplier<HttpAnswer> request) {
        long asked = System.nanoTime();
        HttpAnswer answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        System.out.printf("External database down: answered %d in %d ms%n", answer.status(), took.toMillis());
        assertThat(took).isLessThan(FAIL_FAST);
        return answer;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
