package uk.gov.justice.marketplace.eoi;

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
 * The outbox of changes to what the register publishes. A change is recorded in the transaction that makes it, so
 * an approval and its event commit together or not at all; readers (the search indexer) take them oldest first.
 */
@Singleton
public class PublicationEvents {

    /** What changed: a version was published (first approval or an update), or the provider left the register. */
    public enum Kind {
        PUBLISHED,
        WITHDRAWN
    }

    public record PublicationEvent(
            long id, UUID organisationId, UUID eoiId, Kind kind, Instant occurredAt, int attempts) {}

    /** How far behind the reader is: changes not yet taken, and when the oldest of them happened. */
    public record Backlog(long pending, Instant oldest) {}

    private final JdbcOperations jdbc;

    PublicationEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID organisationId, UUID eoiId, Kind kind, Instant at) {
        jdbc.prepareStatement(
                "insert into publication_event (organisation_id, eoi_id, kind, occurred_at) " + "values (?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, organisationId);
                    statement.setObject(2, eoiId);
                    statement.setString(3, kind.name());
                    statement.setTimestamp(4, Timestamp.from(at));
                    return statement.executeUpdate();
                });
    }

    /** The oldest pending changes, locked for this reader; other instances skip them rather than wait. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PublicationEvent> claim(int limit) {
        return jdbc.prepareStatement(
                "select id, organisation_id, eoi_id, kind, occurred_at, attempts "
                        + "from publication_event where indexed_at is null order by id limit ? for update skip locked",
                statement -> {
                    statement.setInt(1, limit);
                    return read(statement.executeQuery());
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void done(long id, Instant at) {
        jdbc.prepareStatement("update publication_event set indexed_at = ? where id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setLong(2, id);
            return statement.executeUpdate();
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(long id, String error) {
        jdbc.prepareStatement(
                "update publication_event set attempts = attempts + 1, last_error = ? where id = ?", statement -> {
                    statement.setString(1, error);
                    statement.setLong(2, id);
                    return statement.executeUpdate();
                });
    }

    @ReadOnly
    public Backlog backlog() {
        return jdbc.prepareStatement(
                "select count(*), min(occurred_at) from publication_event " + "where indexed_at is null", statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        Timestamp oldest = row.getTimestamp(2);
                        return new Backlog(row.getLong(1), oldest == null ? null : oldest.toInstant());
                    }
                });
    }

    private static List<PublicationEvent> read(ResultSet rows) throws SQLException {
        List<PublicationEvent> events = new ArrayList<>();
        while (rows.next()) {
            events.add(new PublicationEvent(
                    rows.getLong("id"),
                    rows.getObject("organisation_id", UUID.class),
                    rows.getObject("eoi_id", UUID.class),
                    Kind.valueOf(rows.getString("kind")),
                    rows.getTimestamp("occurred_at").toInstant(),
                    rows.getInt("attempts")));
        }
        return events;
    }
}
