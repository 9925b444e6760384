package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * Whoever reads the database (an operator restoring a backup, an analyst, the next developer) finds every table and
 * every column saying what it holds, in the schema itself: the migrations comment each one.
 */
@MarketplaceTest
class OperatorReadingTheSchemaTest implements FreshDatabase {

    private Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        database = TestDatabase.freshDatabaseProperties(getClass());
        return database;
    }

    @Test
    void every_column_of_every_table_says_what_it_holds() throws SQLException {
        assertThat(
                        namesWhere(
                                """
                select t.relname || '.' || c.attname
                  from pg_class t
                  join pg_namespace n on n.oid = t.relnamespace
                  join pg_attribute c on c.attrelid = t.oid
                 where n.nspname = 'public' and t.relkind in ('r', 'p') and c.attnum > 0 and not c.attisdropped
                   and t.relname <> 'flyway_schema_history' and col_description(t.oid, c.attnum) is null
                 order by 1"""))
                .as("columns without a comment")
                .isEmpty();
    }

    @Test
    void every_table_says_what_it_holds() throws SQLException {
        assertThat(
                        namesWhere(
                                """
                select tablename from pg_tables
                 where schemaname = 'public' and tablename <> 'flyway_schema_history'
                   and obj_description(('public.' || quote_ident(tablename))::regclass, 'pg_class') is null
                 order by 1"""))
                .as("tables without a comment")
                .isEmpty();
    }

    private List<String> namesWhere(String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        database.get("datasources.default.url"),
                        database.get("marketplace.database.migration.username"),
                        database.get("marketplace.database.migration.password"));
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
