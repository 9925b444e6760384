package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.audit.AuditLog;
import uk.gov.justice.marketplace.support.Eventually;

/**
 * The machine running a small deployment loses its database in the middle of the day's registrations (the
 * postmaster and every server process killed at once, as a crash or the kernel's OOM killer would). Whatever the
 * service had told a charity was saved is there when the database comes back on the same data directory.
 */
@Tag("faults")
class ACrashOfTheEmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void every_registration_confirmed_before_the_crash_is_there_after_the_restart_and_the_audit_chain_verifies()
            throws Exception {
        Set<String> confirmed;
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        try (EmbeddedServer server = serviceOn(database)) {
            RegistrationStream registrations = RegistrationStream.start(server.getURI(), 4);
            Eventually.within(
                    Duration.ofSeconds(60), () -> registrations.confirmed().size() >= 100);
            Postmaster.kill(dataDirectory);
            registrations.stop();
            confirmed = registrations.confirmed();
        } finally {
            database.close();
        }

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory);
                EmbeddedServer server = serviceOn(restarted)) {
            assertThat(RegistrationStream.organisationsIn(restarted)).containsAll(confirmed);
            assertThat(server.getApplicationContext()
                            .getBean(AuditLog.class)
                            .verify()
                            .intact())
                    .isTrue();
        }
    }

    private static EmbeddedServer serviceOn(EmbeddedDatabase database) {
        return ApplicationContext.run(EmbeddedServer.class, Launcher.embeddedDatabaseProperties(database), "test");
    }
}
