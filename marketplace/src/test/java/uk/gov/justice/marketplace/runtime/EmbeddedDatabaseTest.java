package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real PostgreSQL in a data directory: what was saved is there after a restart, and only for its password. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_saved_before_a_restart_is_there_after_it() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            execute(
                    first.createDatabaseIfMissing("marketplace"),
                    first.ownerPassword(),
                    "create table kept (name text); insert into kept values ('Gwent Women''s Centre')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(readKept(second.createDatabaseIfMissing("marketplace"), second.ownerPassword()))
                    .isEqualTo("Gwent Women's Centre");
        }
    }

    @Test
    void the_services_database_confirms_a_commit_only_once_it_is_on_disk() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
                Connection connection = DriverManager.getConnection(
                        database.createDatabaseIfMissing("marketplace"),
                        EmbeddedDatabase.APPLICATION_ROLE,
                        database.applicationPassword())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void a_local_process_without_the_password_cannot_log_in() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            String url = database.createDatabaseIfMissing("marketplace");

            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabase.APPLICATION_ROLE, "x")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void the_generated_passwords_are_kept_in_the_data_directory_for_its_owner_only() throws IOException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            Path secrets = dataDirectory.resolve(LocalSecrets.FILE_NAME);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(secrets))
                    .contains(database.ownerPassword(), database.applicationPassword(), database.checkpointKey());
        }
    }

    @Test
    void a_data_directory_from_before_passwords_gets_one_and_keeps_its_data() throws Exception {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = trusting.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (name text); insert into kept values ('Gwent Women''s Centre')");
        }

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDirectory)) {
            String url = upgraded.jdbcUrl("postgres");
            assertThat(readKept(url, upgraded.ownerPassword())).isEqualTo("Gwent Women's Centre");
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void a_database_name_is_checked_before_it_reaches_sql() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThatThrownBy(() -> database.createDatabaseIfMissing("x; drop database postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String readKept(String url, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from kept")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(String url, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
