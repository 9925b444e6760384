package uk.gov.justice.marketplace.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real PostgreSQL in a data directory: what was saved is there after a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_saved_before_a_restart_is_there_after_it() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            execute(first.createDatabaseIfMissing("marketplace"),
                    "create table kept (name text); insert into kept values ('Gwent Women''s Centre')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory)) {
            String url = second.createDatabaseIfMissing("marketplace");
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select name from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Gwent Women's Centre");
            }
        }
    }

    @Test
    void a_database_name_is_checked_before_it_reaches_sql() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThatThrownBy(() -> database.createDatabaseIfMissing("x; drop database postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
