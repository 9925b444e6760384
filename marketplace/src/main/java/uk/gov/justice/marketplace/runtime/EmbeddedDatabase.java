package uk.gov.justice.marketplace.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server run from the zonky binaries, for a single machine with no database configured.
 * Its data directory is kept between runs, so what a user saved is there after a restart.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts (initialising the directory on first use) and makes sure the named database exists. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
            return new EmbeddedDatabase(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + ". Is another marketplace already running on this data directory? (" + e.getMessage() + ")", e);
        }
    }

    /** A throw-away server in a temporary directory, for tests. */
    public static EmbeddedDatabase startDisposable() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new EmbeddedDatabase(postgres, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a disposable embedded PostgreSQL", e);
        }
    }

    public String createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database names are lower-case letters, digits and _: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public Map<String, Object> datasourceProperties(String database) {
        return Map.of(
                "datasources.default.url", createDatabaseIfMissing(database),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
