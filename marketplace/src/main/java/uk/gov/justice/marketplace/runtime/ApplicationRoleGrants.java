package uk.gov.justice.marketplace.runtime;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration run, as the owner: the application role may read and write every table (so a new table
 * needs no extra step), but on the audit tables it may only read and append, and the migration history is
 * read-only to it. Not owning the tables, it can neither alter nor disable their append-only triggers.
 */
final class ApplicationRoleGrants implements Callback {

    /**
     * Append-only by design: a row once written is evidence (the audit trail, and which funder each pound of
     * co-commissioned spend came from), and the triggers refuse to change it.
     */
    static final List<String> AUDIT_TABLES = List.of("audit_entry", "audit_checkpoint", "spend_attribution");

    private final String role;

    ApplicationRoleGrants(String role) {
        this.role = "\"" + role.replace("\"", "\"\"") + "\"";
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String auditTables = String.join(", ", AUDIT_TABLES);
        String history = context.getConfiguration().getTable();
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("grant usage on schema public to " + role);
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            statement.execute("grant usage, select on all sequences in schema public to " + role);
            statement.execute(
                    "revoke update, delete, truncate, references, trigger on " + auditTables + " from " + role);
            statement.execute("revoke insert, update, delete, truncate on " + history + " from " + role);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not grant the application role " + role + " its privileges: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application role grants";
    }
}
