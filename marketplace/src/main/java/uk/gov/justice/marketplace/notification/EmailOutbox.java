package uk.gov.justice.marketplace.notification;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;

/**
 * Emails are queued in the deciding transaction: an invitation that rolls back sends nothing, and one that commits
 * is delivered even if the mail server is down at that moment ({@link OutboxDispatcher} retries).
 */
@Singleton
public class EmailOutbox {

    private final JdbcOperations jdbc;
    private final Clock clock;

    EmailOutbox(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = MANDATORY)
    public void queue(Email email) {
        jdbc.prepareStatement(
                "insert into email_outbox (id, recipient, subject, body, created_at) " + "values (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, email.id(), Types.OTHER);
                    statement.setString(2, email.to());
                    statement.setString(3, email.subject());
                    statement.setString(4, email.body());
                    statement.setTimestamp(5, Timestamp.from(clock.instant()));
                    return statement.executeUpdate();
                });
    }
}
