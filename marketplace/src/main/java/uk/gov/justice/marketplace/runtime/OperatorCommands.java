package uk.gov.justice.marketplace.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The operator's backup and restore, from the service's own jar (docs/operations.md):
 * <pre>
 * java -jar marketplace.jar backup [--data-dir=DIR] --to=FILE.zip
 * java -jar marketplace.jar restore --from=FILE.zip --data-dir=NEWDIR
 * </pre>
 * A backup of the embedded database is taken from the running service's PostgreSQL if it is up (the service goes
 * on serving), or from one started on the directory for the moment if it is not; with DATABASE_URL set, from that
 * database. A restore makes a new embedded data directory.
 */
public final class OperatorCommands {

    private static final String USAGE =
            """
            Usage:
              java -jar marketplace.jar backup [--data-dir=DIR] --to=FILE.zip
              java -jar marketplace.jar restore --from=FILE.zip --data-dir=NEWDIR""";
    private static final int REFUSED = 1;
    private static final int MISUSED = 2;

    private OperatorCommands() {}

    /** The first argument names a command; anything else starts the service as before. */
    public static boolean named(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; answers the process's exit status (0 done, 1 refused, 2 not understood). */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        StartupOptions options = StartupOptions.from(args, env);
        long started = System.nanoTime();
        try {
            if (args[0].equals("backup")) {
                Optional<Path> to = option(args, "--to=");
                if (to.isEmpty()) {
                    return misused(out, "backup needs --to=FILE.zip");
                }
                BackupManifest manifest = backUp(options, to.get().toAbsolutePath());
                out.printf(
                        "Backed up %d tables, %d rows (schema version %s) to %s in %s. It holds personal data%s: "
                                + "keep it owner-only, as safe as the service's own data.%n",
                        manifest.tables().size(),
                        rows(manifest),
                        manifest.schemaVersion(),
                        to.get().toAbsolutePath(),
                        since(started),
                        manifest.sha256ByEntry().containsKey(BackupManifest.CHECKPOINT_KEY_ENTRY)
                                ? " and the audit checkpoint key"
                                : "");
            } else {
                Optional<Path> from = option(args, "--from=");
                if (from.isEmpty() || option(args, "--data-dir=").isEmpty()) {
                    return misused(out, "restore needs --from=FILE.zip and --data-dir=NEWDIR");
                }
                BackupManifest manifest =
                        Restore.into(options.dataDirectory(), from.get().toAbsolutePath());
                out.printf(
                        "Restored %d rows in %d tables, as they were at %s (schema version %s), into %s in %s. "
                                + "Start the service with --data-dir=%s; it rebuilds the search index as it starts.%n",
                        rows(manifest),
                        manifest.tables().size(),
                        manifest.madeAt(),
                        manifest.schemaVersion(),
                        options.dataDirectory(),
                        since(started),
                        options.dataDirectory());
            }
            return 0;
        } catch (BackupRefused e) {
            out.println(args[0] + " refused: " + e.getMessage());
            return REFUSED;
        }
    }

    private static BackupManifest backUp(StartupOptions options, Path to) {
        try {
            if (!options.usesEmbeddedDatabase()) {
                DatabaseUrl url = options.externalDatabase();
                try (Connection connection = url.username() == null
                        ? DriverManager.getConnection(url.jdbcUrl())
                        : DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password())) {
                    return Backup.write(connection, to, null, Clock.systemUTC());
                }
            }
            Path data = options.dataDirectory();
            LocalSecrets secrets = LocalSecrets.readFrom(data)
                    .filter(s -> Files.exists(data.resolve("PG_VERSION")))
                    .orElseThrow(() -> new BackupRefused("There is no marketplace data in " + data
                            + " (name the service's data directory with --data-dir)"));
            OptionalInt running = EmbeddedDatabase.portOfRunningPostmaster(data);
            if (running.isPresent()) {
                return backUp(
                        "jdbc:postgresql://localhost:" + running.getAsInt() + "/" + Launcher.DATABASE_NAME,
                        secrets,
                        to);
            }
            try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
                return backUp(database.jdbcUrl(Launcher.DATABASE_NAME), secrets, to);
            }
        } catch (SQLException e) {
            throw new BackupRefused("Could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupRefused("Could not write " + to + ": " + e.getMessage(), e);
        }
    }

    private static BackupManifest backUp(String url, LocalSecrets secrets, Path to) throws SQLException, IOException {
        try (Connection connection =
                DriverManager.getConnection(url, EmbeddedDatabase.OWNER_ROLE, secrets.ownerPassword())) {
            return Backup.write(connection, to, secrets.checkpointKey(), Clock.systemUTC());
        }
    }

    private static Optional<Path> option(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith(prefix) && a.length() > prefix.length())
                .map(a -> Path.of(a.substring(prefix.length())))
                .findFirst();
    }

    private static long rows(BackupManifest manifest) {
        return manifest.tables().values().stream()
                .mapToLong(BackupManifest.Table::rows)
                .sum();
    }

    private static String since(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms";
    }

    private static int misused(PrintStream out, String problem) {
        out.println(problem + "\n" + USAGE);
        return MISUSED;
    }
}
