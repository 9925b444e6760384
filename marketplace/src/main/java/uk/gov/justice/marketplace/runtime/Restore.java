package uk.gov.justice.marketplace.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Makes a new embedded data directory from a backup: the schema as this code's migrations build it up to the
 * backup's version (so the triggers, grants and comments are the code's own, not whatever a backup says), then
 * every table's rows, then the sequences moved past them. The next start of the service migrates on to the code's
 * latest version and rebuilds the search index, which is never in a backup, from the register.
 *
 * <p>Nothing is half done: a damaged backup is refused before the directory is touched, and a restore that fails
 * part-way leaves the directory as empty as it found it.
 */
final class Restore {

    private Restore() {}

    static BackupManifest into(Path dataDirectory, Path backup) {
        refuseUnlessEmpty(dataDirectory);
        String name = backup.toString();
        try (ZipFile zip = open(backup)) {
            BackupManifest manifest = BackupManifest.readFrom(zip, name);
            manifest.verify(zip, name);
            LocalSecrets secrets = checkpointKey(zip)
                    .map(LocalSecrets.generate()::withCheckpointKey)
                    .orElseGet(LocalSecrets::generate);
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, secrets)) {
                String url = database.createDatabaseIfMissing(Launcher.DATABASE_NAME);
                migrate(url, database.ownerPassword(), manifest.schemaVersion());
                load(url, database.ownerPassword(), zip, manifest);
            } catch (RuntimeException e) {
                emptyAgain(dataDirectory);
                throw e;
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupRefused(name + " cannot be read as a backup: " + e.getMessage(), e);
        }
    }

    private static void refuseUnlessEmpty(Path dataDirectory) {
        if (!empty(dataDirectory)) {
            throw new BackupRefused(dataDirectory + " is not empty. A restore goes only into a new, empty data "
                    + "directory, so that nothing already there is overwritten: name a new one with --data-dir, "
                    + "then start the service on it.");
        }
    }

    private static boolean empty(Path directory) {
        if (Files.notExists(directory)) {
            return true;
        }
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + directory, e);
        }
    }

    private static ZipFile open(Path backup) {
        try {
            return new ZipFile(backup.toFile());
        } catch (IOException e) {
            throw new BackupRefused(backup + " is not a readable backup (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<String> checkpointKey(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.CHECKPOINT_KEY_ENTRY);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** As the owner, exactly as the service's own start would, with the same grants to the application role. */
    private static void migrate(String url, String ownerPassword, String schemaVersion) {
        FluentConfiguration migrations = Flyway.configure()
                .dataSource(url, EmbeddedDatabase.OWNER_ROLE, ownerPassword)
                .locations("classpath:db/migration")
                .callbacks(new ApplicationRoleGrants(EmbeddedDatabase.APPLICATION_ROLE));
        boolean known = Arrays.stream(migrations.load().info().all())
                .map(MigrationInfo::getVersion)
                .anyMatch(version -> version != null && version.getVersion().equals(schemaVersion));
        if (!known) {
            throw new BackupRefused("The backup's schema is at version " + schemaVersion + ", which this version of "
                    + "the service (" + Backup.serviceVersion() + ") does not know: restore it with the version "
                    + "that made it, or a later one.");
        }
        migrations.target(MigrationVersion.fromVersion(schemaVersion)).load().migrate();
    }

    /**
     * In one transaction as the owner, with session_replication_role = replica: no trigger fires, so foreign keys
     * are not checked until every table is in (they held when the snapshot was taken) and the audit trail is
     * loaded exactly as it was, hashes and all. The service's own role could do neither.
     */
    private static void load(String url, String ownerPassword, ZipFile zip, BackupManifest manifest) {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.OWNER_ROLE, ownerPassword)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, BackupManifest.Table> table :
                    manifest.tables().entrySet()) {
                long rows = copyIn(copy, zip, table.getKey(), table.getValue());
                if (rows != table.getValue().rows()) {
                    throw new BackupRefused("Table " + table.getKey() + " loaded " + rows + " rows where the "
                            + "backup's manifest says " + table.getValue().rows());
                }
                moveSequencesPastRows(connection, table.getKey(), table.getValue());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new BackupRefused("The backup could not be loaded: " + e.getMessage(), e);
        }
    }

    private static long copyIn(CopyManager copy, ZipFile zip, String table, BackupManifest.Table contents)
            throws SQLException {
        try (InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.entryOf(table)))) {
            return copy.copyIn(
                    "copy " + Backup.quoted(table) + " (" + Backup.quotedList(contents.columns())
                            + ") from stdin (format binary)",
                    in);
        } catch (IOException e) {
            throw new BackupRefused("Table " + table + " could not be read from the backup: " + e.getMessage(), e);
        }
    }

    /** A serial or identity column's next value follows the highest restored, as it did in the original. */
    private static void moveSequencesPastRows(Connection connection, String table, BackupManifest.Table contents)
            throws SQLException {
        for (String column : contents.columns()) {
            String sequence;
            try (PreparedStatement find = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
                find.setString(1, Backup.quoted(table));
                find.setString(2, column);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    sequence = row.getString(1);
                }
            }
            if (sequence != null) {
                try (PreparedStatement move = connection.prepareStatement("select setval(?::regclass, "
                        + "coalesce((select max(\"" + column.replace("\"", "\"\"") + "\") from "
                        + Backup.quoted(table) + "), 0) + 1, false)")) {
                    move.setString(1, sequence);
                    move.execute();
                }
            }
        }
    }

    /** Only ever called on a directory that was empty (or absent) before the restore began. */
    private static void emptyAgain(Path dataDirectory) {
        try (Stream<Path> made = Files.walk(dataDirectory)) {
            for (Path path : made.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(dataDirectory))
                    .toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dataDirectory + " after a failed restore", e);
        }
    }
}
