package uk.gov.justice.marketplace.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the zonky binaries, for a single machine with no database configured.
 * Its data directory is kept between runs, so what a user saved is there after a restart.
 *
 * <p>Every login needs a password (zonky's own default trusts any local process), and the service's connection
 * pool logs in as {@link #APPLICATION_ROLE}, which owns nothing: only the superuser, who runs the migrations, could
 * switch off the audit trail's append-only triggers.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String OWNER_ROLE = "postgres";
    public static final String APPLICATION_ROLE = "marketplace_app";
    private static final String REQUIRE_PASSWORDS =
            """
            # Written by the marketplace at every start: no login without its password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;
    /**
     * zonky starts PostgreSQL for tests: fsync off (its -F flag) and synchronous_commit off, so a crash could take
     * writes the service had already confirmed. Settings given here follow its flags on the command line and win.
     */
    static final Map<String, String> DURABLE =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");
    /** A throw-away test server holds nothing worth waiting for the disk. */
    static final Map<String, String> DISPOSABLE =
            Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration SUPERVISION_INTERVAL = Duration.ofSeconds(1);

    private final Path dataDirectory;
    private final LocalSecrets secrets;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private ScheduledExecutorService supervisor;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, LocalSecrets secrets) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.secrets = secrets;
        this.port = postgres.getPort();
    }

    /**
     * Starts (initialising the directory on first use) with the passwords kept in it, durably: a write committed is
     * on disk before the service answers for it.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, LocalSecrets.generate());
    }

    /** As {@link #start(Path)}; a directory without secrets yet gets these (a restore brings its checkpoint key). */
    static EmbeddedDatabase start(Path dataDirectory, LocalSecrets firstSecrets) {
        try {
            Files.createDirectories(dataDirectory);
            LocalSecrets secrets = LocalSecrets.readFrom(dataDirectory).orElseGet(() -> {
                LocalSecrets generated = firstSecrets;
                if (Files.exists(dataDirectory.resolve("postgresql.conf"))) {
                    givePasswordToTrustingCluster(dataDirectory, generated);
                }
                return generated;
            });
            EmbeddedPostgres postgres = startRequiringPasswords(durable(dataDirectory), secrets);
            return withApplicationRole(postgres, dataDirectory, secrets);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory
                            + ". Is another marketplace already running on this data directory? (" + e.getMessage()
                            + ")",
                    e);
        }
    }

    /** A throw-away server in a temporary directory, for tests: fast, and a crash may lose its last commits. */
    public static EmbeddedDatabase startDisposable() {
        try {
            LocalSecrets secrets = LocalSecrets.generate();
            return withApplicationRole(
                    startRequiringPasswords(configured(EmbeddedPostgres.builder(), DISPOSABLE), secrets),
                    null,
                    secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a disposable embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres.Builder durable(Path dataDirectory) {
        return configured(EmbeddedPostgres.builder(), DURABLE)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
    }

    private static EmbeddedPostgres.Builder configured(EmbeddedPostgres.Builder builder, Map<String, String> settings) {
        settings.forEach(builder::setServerConfig);
        return builder;
    }

    /**
     * initdb sets the superuser's password from a file (it cannot take one on the command line, where other local
     * users could read it); that file lives outside the data directory, which initdb wants empty, and goes at once.
     */
    private static EmbeddedPostgres startRequiringPasswords(EmbeddedPostgres.Builder builder, LocalSecrets secrets)
            throws IOException {
        Path passwordFile = Files.createTempFile(
                "marketplace-initdb",
                ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, secrets.ownerPassword(), StandardCharsets.UTF_8);
            return builder.setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", secrets.ownerPassword())
                    .setDataDirectoryCustomizer(directory -> requirePasswords(directory, secrets))
                    .start();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private static void requirePasswords(File directory, LocalSecrets secrets) {
        secrets.writeTo(directory.toPath());
        try {
            Files.writeString(directory.toPath().resolve("pg_hba.conf"), REQUIRE_PASSWORDS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + directory, e);
        }
    }

    /** A data directory made before logins needed passwords: its superuser gets one, once, before it is locked. */
    private static void givePasswordToTrustingCluster(Path dataDirectory, LocalSecrets secrets) {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = trusting.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role " + OWNER_ROLE + " password '" + secrets.ownerPassword() + "'");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(
                    "Could not set a password on the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(),
                    e);
        }
    }

    private static EmbeddedDatabase withApplicationRole(
            EmbeddedPostgres postgres, Path dataDirectory, LocalSecrets secrets) {
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory, secrets);
        database.executeAsOwner(
                """
                do $$ begin
                    if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s;
                    end if;
                end $$;
                alter role %1$s with login nosuperuser nocreatedb nocreaterole noreplication password '%2$s'
                """
                        .formatted(APPLICATION_ROLE, secrets.applicationPassword()));
        return database;
    }

    /**
     * From now on, if the server dies (killed, out of memory) it is started again on the same directory and port,
     * so the pool reconnects by itself; PostgreSQL's crash recovery replays its log, so every committed write is
     * back. Checked every second.
     */
    public synchronized void supervise() {
        if (dataDirectory == null) {
            throw new IllegalStateException("A disposable server is not worth restarting");
        }
        if (supervisor == null && !closed) {
            supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "embedded-database-supervisor");
                thread.setDaemon(true);
                return thread;
            });
            supervisor.scheduleWithFixedDelay(
                    this::restartIfStopped,
                    SUPERVISION_INTERVAL.toMillis(),
                    SUPERVISION_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void restartIfStopped() {
        if (closed || postmasterRunning()) {
            return;
        }
        LOG.warn("The embedded PostgreSQL in {} has stopped; starting it again", dataDirectory);
        try {
            // Releases the data directory's lock; stopping the server it had started fails, as there is none.
            postgres.close();
            postgres = startRequiringPasswords(durable(dataDirectory).setPort(port), secrets);
            LOG.info("The embedded PostgreSQL in {} is back on port {}", dataDirectory, port);
        } catch (IOException | RuntimeException e) {
            LOG.error(
                    "Could not restart the embedded PostgreSQL in {} (trying again in {}): {}",
                    dataDirectory,
                    SUPERVISION_INTERVAL,
                    e.getMessage());
        }
    }

    private boolean postmasterRunning() {
        return portOfRunningPostmaster(dataDirectory).isPresent();
    }

    /**
     * postmaster.pid names the postmaster (first line) and its port (fourth); it stays behind when the postmaster
     * is killed, so the process is looked for too.
     */
    static OptionalInt portOfRunningPostmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
            return alive ? OptionalInt.of(Integer.parseInt(lines.get(3).trim())) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    public String createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database names are lower-case letters, digits and _: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        // PostgreSQL 14 lets every role create objects in public: the application role gets only what it is granted.
        try (Connection connection = postgres.getDatabase(OWNER_ROLE, name).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The pool as the application role; Flyway as the owner (see {@link MigrateAsOwner}). */
    public Map<String, Object> datasourceProperties(String database) {
        return Map.of(
                "datasources.default.url",
                createDatabaseIfMissing(database),
                "datasources.default.username",
                APPLICATION_ROLE,
                "datasources.default.password",
                secrets.applicationPassword(),
                MigrationSettings.PREFIX + ".username",
                OWNER_ROLE,
                MigrationSettings.PREFIX + ".password",
                secrets.ownerPassword());
    }

    public String ownerPassword() {
        return secrets.ownerPassword();
    }

    public String applicationPassword() {
        return secrets.applicationPassword();
    }

    /** Signs audit checkpoints when the environment names no key: kept with the data it vouches for. */
    public String checkpointKey() {
        return secrets.checkpointKey();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void executeAsOwner(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (supervisor != null) {
            supervisor.shutdownNow();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
