package uk.gov.justice.marketplace.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.UUID;

/** Maps audit entries to and from the audit_entry table. */
final class AuditRows {

    static final String COLUMNS = "sequence, recorded_at, actor_user_id, actor_email, actor_organisation_id, "
            + "actor_organisation_name, action, subject_type, subject_id, reason, before_summary, after_summary, "
            + "previous_hash, entry_hash";
    static final String INSERT = "insert into audit_entry (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private AuditRows() {}

    static void bind(PreparedStatement statement, AuditEntry entry) throws SQLException {
        Actor actor = entry.actor();
        AuditEvent event = entry.event();
        statement.setLong(1, entry.sequence());
        statement.setTimestamp(2, Timestamp.from(entry.recordedAt()));
        statement.setObject(3, actor.userId(), Types.OTHER);
        statement.setString(4, actor.email());
        statement.setObject(5, actor.organisationId(), Types.OTHER);
        statement.setString(6, actor.organisationName());
        statement.setString(7, event.action());
        statement.setString(8, event.subjectType());
        statement.setString(9, event.subjectId());
        statement.setString(10, event.reason());
        statement.setString(11, event.before());
        statement.setString(12, event.after());
        statement.setString(13, entry.previousHash());
        statement.setString(14, entry.entryHash());
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        Actor actor = new Actor(
                row.getObject("actor_user_id", UUID.class),
                row.getString("actor_email"),
                row.getObject("actor_organisation_id", UUID.class),
                row.getString("actor_organisation_name"));
        AuditEvent event = new AuditEvent(
                row.getString("action"),
                row.getString("subject_type"),
                row.getString("subject_id"),
                row.getString("reason"),
                row.getString("before_summary"),
                row.getString("after_summary"));
        return new AuditEntry(
                row.getLong("sequence"),
                row.getTimestamp("recorded_at").toInstant(),
                actor,
                event,
                row.getString("previous_hash"),
                row.getString("entry_hash"));
    }
}
