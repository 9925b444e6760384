package uk.gov.justice.marketplace.common;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Check-then-insert leaves a gap: two requests with the same name both find it free, and the unique index stops
 * the second at its insert (SQLSTATE 23505). That is the same answer the check gives, so it is told the same way:
 * the refusal named for the constraint, and the transaction rolls back with nothing written.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    /** Runs the write; if it breaks this unique constraint, the refusal is thrown instead. */
    public static <T> T refusedAs(String constraint, Refusal refusal, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!constraintOf(e).filter(constraint::equals).isPresent()) {
                throw e;
            }
            refusal.addSuppressed(e);
            throw refusal;
        }
    }

    /** The unique constraint (or unique index) this failure broke, if it broke one. */
    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                ServerErrorMessage detail = cause instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
                return Optional.ofNullable(detail == null ? null : detail.getConstraint());
            }
        }
        return Optional.empty();
    }
}
