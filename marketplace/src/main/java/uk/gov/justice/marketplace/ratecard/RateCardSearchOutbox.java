package uk.gov.justice.marketplace.ratecard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The search side of the rate_card_change outbox: every change to a service (published, priced, capacity taken or
 * given back, withdrawn) is a row written with the change; the indexer takes them oldest first.
 */
@Singleton
class RateCardSearchOutbox {

    record Change(long id, UUID serviceId, int attempts) {}

    /** Changes not yet in the index, and when the oldest happened. */
    record Backlog(long pending, Instant oldest) {}

    private final JdbcOperations jdbc;

    RateCardSearchOutbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest pending changes, locked for this reader; another instance skips them rather than waits. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Change> claim(int limit) {
        return jdbc.prepareStatement(
                "select id, service_id, attempts from rate_card_change where indexed_at is null "
                        + "order by id limit ? for update skip locked",
                statement -> {
                    statement.setInt(1, limit);
                    return read(statement.executeQuery());
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void done(long id, Instant at) {
        jdbc.prepareStatement("update rate_card_change set indexed_at = ? where id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setLong(2, id);
            return statement.executeUpdate();
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void failed(long id, String error) {
        jdbc.prepareStatement(
                "update rate_card_change set attempts = attempts + 1, last_error = ? where id = ?", statement -> {
                    statement.setString(1, error);
                    statement.setLong(2, id);
                    return statement.executeUpdate();
                });
    }

    @ReadOnly
    Backlog backlog() {
        return jdbc.prepareStatement(
                "select count(*), min(occurred_at) from rate_card_change where indexed_at is null", statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        Timestamp oldest = row.getTimestamp(2);
                        return new Backlog(row.getLong(1), oldest == null ? null : oldest.toInstant());
                    }
                });
    }

    private static List<Change> read(ResultSet rows) throws SQLException {
        List<Change> changes = new ArrayList<>();
        while (rows.next()) {
            changes.add(
                    new Change(rows.getLong("id"), rows.getObject("service_id", UUID.class), rows.getInt("attempts")));
        }
        return changes;
    }
}
