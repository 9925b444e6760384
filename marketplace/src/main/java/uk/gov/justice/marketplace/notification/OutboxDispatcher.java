package uk.gov.justice.marketplace.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.common.ScheduledJob;

/**
 * Delivers queued emails, oldest first. Rows are claimed with SKIP LOCKED so several instances never send the same
 * email twice; a failure is recorded and tried again on a later pass, up to a limit. A sent email keeps its
 * recipient, subject and time, not its body.
 */
@Singleton
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int MAX_ATTEMPTS = 20;
    private static final int BATCH = 20;

    private final JdbcOperations jdbc;
    private final EmailSender sender;
    private final Clock clock;

    OutboxDispatcher(JdbcOperations jdbc, EmailSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
    }

    @ScheduledJob("email dispatcher")
    @Scheduled(fixedDelay = "${marketplace.email.dispatch-interval:1s}", initialDelay = "1s")
    @Transactional
    void dispatch() {
        for (Email email : claim()) {
            try {
                sender.send(email);
                // The body may hold a one-use link: once delivered, only the record of sending is kept.
                record(
                        "update email_outbox set sent_at = ?, attempts = attempts + 1, body = null where id = ?",
                        email.id(),
                        Timestamp.from(clock.instant()));
            } catch (Exception e) {
                LOG.warn("Email {} not delivered yet: {}", email.id(), e.getMessage());
                record(
                        "update email_outbox set last_error = ?, attempts = attempts + 1 where id = ?",
                        email.id(),
                        String.valueOf(e.getMessage()));
            }
        }
    }

    private List<Email> claim() {
        return jdbc.prepareStatement(
                "select id, recipient, subject, body from email_outbox where sent_at is null "
                        + "and attempts < ? order by created_at limit ? for update skip locked",
                statement -> {
                    statement.setInt(1, MAX_ATTEMPTS);
                    statement.setInt(2, BATCH);
                    return read(statement.executeQuery());
                });
    }

    private void record(String sql, UUID id, Object value) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, value);
            statement.setObject(2, id, Types.OTHER);
            return statement.executeUpdate();
        });
    }

    private static List<Email> read(ResultSet rows) throws SQLException {
        List<Email> emails = new ArrayList<>();
        while (rows.next()) {
            emails.add(new Email(
                    rows.getObject("id", UUID.class),
                    rows.getString("recipient"),
                    rows.getString("subject"),
                    rows.getString("body")));
        }
        return emails;
    }
}
