package uk.gov.justice.marketplace.runtime;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies every table of the application's schema out of a running database into one zip file, from a single
 * REPEATABLE READ, READ ONLY transaction: one consistent moment of the whole database, taken while the service goes
 * on answering (PostgreSQL's snapshot holds no lock that blocks a writer). Each table is PostgreSQL's binary COPY
 * format, so evidence files and contract PDFs travel as they are.
 */
final class Backup {

    /** Flyway's own record is rebuilt by the migrations on restore; only the version it reached is kept. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private Backup() {}

    /**
     * Written beside the target under a temporary name, owner-only from its first byte, forced to disk and moved
     * into place in one step: whoever reads the target finds either the earlier backup or this whole one.
     */
    static BackupManifest write(Connection connection, Path target, String checkpointKey, Clock clock)
            throws SQLException, IOException {
        Path directory = Objects.requireNonNull(
                target.toAbsolutePath().getParent(), "a backup is written to a file, not to the root");
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(
                directory,
                "." + target.getFileName() + ".",
                ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            BackupManifest manifest;
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ZipOutputStream zip =
                        new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
                manifest = snapshot(connection, zip, checkpointKey, clock);
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static BackupManifest snapshot(
            Connection connection, ZipOutputStream zip, String checkpointKey, Clock clock)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            Instant madeAt = clock.instant();
            String schemaVersion = schemaVersion(connection);
            String postgresVersion = single(connection, "show server_version");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, BackupManifest.Table> tables = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            for (String table : tables(connection)) {
                List<String> columns = columns(connection, table);
                String entry = BackupManifest.entryOf(table);
                zip.putNextEntry(new ZipEntry(entry));
                // CopyManager leaves the stream open, so the zip goes on to its next entry.
                DigestOutputStream digesting = new DigestOutputStream(zip, BackupManifest.newDigest());
                long rows = copy.copyOut(
                        "copy " + quoted(table) + " (" + quotedList(columns) + ") to stdout (format binary)",
                        digesting);
                zip.closeEntry();
                tables.put(table, new BackupManifest.Table(columns, rows));
                hashes.put(
                        entry,
                        HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
            }
            if (checkpointKey != null) {
                byte[] key = checkpointKey.getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(BackupManifest.CHECKPOINT_KEY_ENTRY));
                zip.write(key);
                zip.closeEntry();
                hashes.put(
                        BackupManifest.CHECKPOINT_KEY_ENTRY,
                        HexFormat.of().formatHex(BackupManifest.newDigest().digest(key)));
            }
            BackupManifest manifest =
                    new BackupManifest(madeAt, serviceVersion(), schemaVersion, postgresVersion, tables, hashes);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return manifest;
        } finally {
            connection.rollback();
        }
    }

    static String serviceVersion() {
        String version = Backup.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version from " + MIGRATION_HISTORY
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!row.next()) {
                throw new BackupRefused("The database has no migrations applied: there is nothing to back up");
            }
            return row.getString(1);
        }
    }

    /** Ordinary tables of the public schema, which the migrations own; no views, nothing of PostgreSQL's own. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname from pg_class c join pg_namespace n"
                        + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'"
                        + " and c.relname <> '" + MIGRATION_HISTORY + "' order by c.relname")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Stored columns only: a generated column is computed again on the way in. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select attname from pg_attribute"
                + " where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''"
                + " order by attnum")) {
            statement.setString(1, quoted(table));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    static String quoted(String identifier) {
        return "public.\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String quotedList(List<String> columns) {
        return String.join(
                ", ",
                columns.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
