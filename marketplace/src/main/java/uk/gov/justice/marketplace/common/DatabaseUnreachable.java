package uk.gov.justice.marketplace.common;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached, rather than that it refused the work: no connection
 * within the pool's wait, or a connection lost under a statement (the server stopped, restarted, or ended the
 * backend). Such work either never began or was rolled back by the server, so trying again later is safe.
 *
 * <p>A connection lost under a transaction often surfaces last as a {@link ConnectionException}: the pool has closed
 * the broken connection, and resetting it at the transaction's end fails with Hikari's "Connection is closed", which
 * carries no SQLSTATE; the server's own 57P01 is gone by then.
 */
public final class DatabaseUnreachable {

    /** SQLSTATE class 08: connection exception (PgJDBC's "This connection has been closed" is 08003). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server ended or refused the session. */
    private static final Set<String> SERVER_ENDED_SESSION = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnreachable() {}

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof ConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                            || SERVER_ENDED_SESSION.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
