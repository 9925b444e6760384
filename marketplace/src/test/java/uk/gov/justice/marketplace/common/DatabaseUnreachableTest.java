package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures mean "try again shortly" (503) rather than a fault in the service (500). */
class DatabaseUnreachableTest {

    @Test
    void a_lost_or_refused_connection_is_unreachable_however_deeply_it_is_wrapped() {
        assertThat(DatabaseUnreachable.causes(wrapped(new SQLException("An I/O error occurred", "08006"))))
                .isTrue();
        assertThat(DatabaseUnreachable.causes(wrapped(new SQLException("This connection has been closed.", "08003"))))
                .isTrue();
        assertThat(DatabaseUnreachable.causes(wrapped(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnreachable.causes(wrapped(new SQLException("the database system is starting up", "57P03"))))
                .isTrue();
    }

    @Test
    void a_refused_statement_or_a_fault_of_the_service_is_not() {
        assertThat(DatabaseUnreachable.causes(wrapped(new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnreachable.causes(wrapped(new SQLException("canceling statement", "57014"))))
                .isFalse();
        assertThat(DatabaseUnreachable.causes(new IllegalStateException("a bug")))
                .isFalse();
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new DataAccessException("Error executing SQL callback", cause);
    }
}
