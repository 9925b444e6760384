package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.marketplace.audit.AuditCheckpoints;
import uk.gov.justice.marketplace.audit.AuditLog;
import uk.gov.justice.marketplace.audit.ChainVerification;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.Pdfs;

/**
 * An operator backs up the running service in the middle of the day's registrations; work goes on; then the machine
 * is lost. The backup is restored into a new data directory, and the service started on it has everything up to the
 * backup and nothing after it, an audit chain that verifies against its signed checkpoint, and a search that finds
 * the providers again. A damaged backup, or a directory that already holds data, is refused. Three PostgreSQL
 * starts and two of the service: in -Pfaults.
 */
@Tag("faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorRestoringABackupTest {

    @TempDir
    static Path work;

    private Path backup;
    private String providerToken;
    private String evidencePath;
    private byte[] evidence;
    private Set<String> registeredBeforeTheBackup;
    private Path fromDatabaseUrl;
    private String backupFromDatabaseUrl;

    @BeforeAll
    void aDayOfWorkWithABackupInTheMiddle() throws Exception {
        Path data = work.resolve("data");
        backup = work.resolve("backups/monday.zip");
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        try (EmbeddedServer server = serviceOn(database)) {
            ApplicationContext service = server.getApplicationContext();
            ApprovedProviders providers = service.getBean(ApprovedProviders.class);
            ApiClient provider = providers.approve(
                    EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "gwent"));
            providerToken = tokenOf(service, "Newport Women's Refuge");
            evidence = Pdfs.withText("Independent evaluation of the Llanwern move-on scheme");
            evidencePath = evidenceUploaded(ApiClient.anonymous(server.getURI()).withToken(providerToken), evidence);
            service.getBean(AuditCheckpoints.class).publish();
            RegistrationStream registrations = RegistrationStream.start(server.getURI(), 2);
            Eventually.within(
                    Duration.ofSeconds(30), () -> registrations.confirmed().size() >= 5);
            registeredBeforeTheBackup = registrations.confirmed();

            assertThat(command("backup", "--data-dir=" + data, "--to=" + backup))
                    .startsWith("Backed up");
            fromDatabaseUrl = work.resolve("backups/external.zip");
            backupFromDatabaseUrl = commandWith(
                    Map.of(
                            "DATABASE_URL",
                            database.jdbcUrl(Launcher.DATABASE_NAME),
                            "DATABASE_USERNAME",
                            EmbeddedDatabase.APPLICATION_ROLE,
                            "DATABASE_PASSWORD",
                            database.applicationPassword()),
                    "backup",
                    "--to=" + fromDatabaseUrl);

            registrations.stop();
            providers.approve(EoiAnswersJson.complete(
                    "Leeds Mentoring Trust", "education-training-employment", "young-adults", "west-yorkshire"));
            assertThat(provider.get("/api/eoi").status()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    @Test
    void the_restored_service_has_everything_up_to_the_backup_and_nothing_after_it() throws Exception {
        Path restored = work.resolve("restored");
        assertThat(command("restore", "--from=" + backup, "--data-dir=" + restored))
                .startsWith("Restored");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(restored);
                EmbeddedServer server = serviceOn(database)) {
            ApiClient anyone = ApiClient.anonymous(server.getURI());
            assertThat(anyone.get("/api/register").body())
                    .contains("Gwent Women's Centre")
                    .doesNotContain("Leeds Mentoring Trust");
            ApiClient provider = anyone.withToken(providerToken);
            assertThat(provider.download(evidencePath))
                    .as("an evidence PDF, byte for byte")
                    .isEqualTo(evidence);
            assertThat(RegistrationStream.organisationsIn(database)).containsAll(registeredBeforeTheBackup);
            assertThat(accountsWithoutTheirOrganisation(database))
                    .as("one moment of the whole database")
                    .isZero();

            ChainVerification chain =
                    server.getApplicationContext().getBean(AuditLog.class).verify();
            assertThat(chain.intact()).isTrue();
            assertThat(chain.lastCheckpoint())
                    .as("the checkpoint signed before the backup still checks")
                    .isNotNull();

            ApiClient lead = anyone.withToken(tokenOf(server.getApplicationContext(), "Cymru Rehabilitation"));
            Eventually.within(
                    Duration.ofSeconds(30),
                    () -> lead.get("/api/search?text=women&area=gwent").body().contains("Gwent Women's Centre"));
            assertThat(anyone.post(
                                    "/api/registrations",
                                    """
                    {"organisationName": "Registered After The Restore", "fullName": "Eleri Jones",
                     "email": "after@example.org", "password": "a long enough passphrase",
                     "confirmPassword": "a long enough passphrase"}""")
                            .status())
                    .as("the sequences carry on past the restored rows")
                    .isEqualTo(201);
        }
    }

    @Test
    void an_external_database_named_by_DATABASE_URL_is_backed_up_with_the_services_own_role_and_no_checkpoint_key()
            throws IOException {
        assertThat(backupFromDatabaseUrl).startsWith("Backed up").doesNotContain("checkpoint key");
        try (ZipFile zip = new ZipFile(fromDatabaseUrl.toFile())) {
            assertThat(zip.getEntry("tables/organisation.copy")).isNotNull();
            assertThat(zip.getEntry(BackupManifest.CHECKPOINT_KEY_ENTRY)).isNull();
        }
    }

    @Test
    void the_backup_is_readable_by_its_owner_only() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
    }

    @Test
    void a_backup_altered_by_one_byte_is_refused_and_the_directory_left_empty() throws IOException {
        Path altered = work.resolve("altered.zip");
        rewrite(backup, altered, "tables/organisation.copy", "Gwent", "Gwenu");
        Path target = work.resolve("from-altered");

        assertThat(command("restore", "--from=" + altered, "--data-dir=" + target))
                .contains("restore refused", "tables/organisation.copy does not match the SHA-256");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void a_backup_from_a_newer_version_of_the_service_is_refused_and_the_directory_emptied_again() throws IOException {
        Path newer = work.resolve("newer.zip");
        rewrite(backup, newer, BackupManifest.ENTRY, "schema-version=\\d+", "schema-version=9999");
        Path target = Files.createDirectories(work.resolve("from-newer"));

        assertThat(command("restore", "--from=" + newer, "--data-dir=" + target))
                .contains("restore refused", "schema is at version 9999");
        try (var left = Files.list(target)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void a_directory_that_already_holds_anything_is_refused() throws IOException {
        Path occupied = Files.createDirectories(work.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "kept");

        assertThat(command("restore", "--from=" + backup, "--data-dir=" + occupied))
                .contains("restore refused", "is not empty");
        assertThat(Files.readString(occupied.resolve("notes.txt"))).isEqualTo("kept");
    }

    private static EmbeddedServer serviceOn(EmbeddedDatabase database) {
        return ApplicationContext.run(EmbeddedServer.class, Launcher.embeddedDatabaseProperties(database), "test");
    }

    private static String tokenOf(ApplicationContext service, String organisation) {
        Accounts accounts = service.getBean(Accounts.class);
        return accounts.tokenFor(
                organisation.startsWith("Cymru")
                        ? accounts.leadProvider(organisation)
                        : accounts.providerAdmin(organisation));
    }

    private static String evidenceUploaded(ApiClient provider, byte[] pdf) {
        provider.put("/api/eoi/parts/organisation", EoiAnswersJson.organisation("Newport Women's Refuge"));
        String file = provider.upload("/api/eoi/evidence-files", "file", "evaluation.pdf", pdf)
                .body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String eoi = provider.get("/api/eoi").body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        return "/api/eoi/" + eoi + "/evidence-files/" + file;
    }

    /** What the operator would see on the terminal. */
    private static String command(String... args) {
        return commandWith(Map.of(), args);
    }

    private static String commandWith(Map<String, String> environment, String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        OperatorCommands.run(args, environment, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static long accountsWithoutTheirOrganisation(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(Launcher.DATABASE_NAME),
                        EmbeddedDatabase.OWNER_ROLE,
                        database.ownerPassword());
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from user_account u where not exists "
                        + "(select 1 from organisation o where o.id = u.organisation_id)")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** A copy of the backup with one entry's bytes changed, as a disk fault or a meddler would leave it. */
    private static void rewrite(Path from, Path to, String entryName, String pattern, String becomes)
            throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                OutputStream file = Files.newOutputStream(to);
                ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    content = new String(content, StandardCharsets.ISO_8859_1)
                            .replaceAll(pattern, becomes)
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
    }
}
