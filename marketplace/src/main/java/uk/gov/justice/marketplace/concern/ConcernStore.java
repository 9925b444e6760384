package uk.gov.justice.marketplace.concern;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.PdfEvidence;

/**
 * Concerns as rows: one per concern (its status in one column), one per steward action, and the statements put to
 * lead providers kept apart (see V10, V19). Loading for a change takes the concern's row lock, so two stewards
 * acting at once are served one after the other and the second sees the first's move.
 */
@Singleton
class ConcernStore {

    private static final String COLUMNS = "id, chain_id, chain_name, lead_id, lead_name, raised_by, raised_by_name, "
            + "raised_by_person, category, details, status, raised_at";

    private final JdbcOperations jdbc;

    ConcernStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void create(Concern concern) {
        jdbc.prepareStatement(
                "insert into concern (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setObject(1, concern.id(), Types.OTHER);
                    statement.setObject(2, concern.chainId(), Types.OTHER);
                    statement.setString(3, concern.chainName());
                    statement.setObject(4, concern.leadId(), Types.OTHER);
                    statement.setString(5, concern.leadName());
                    statement.setObject(6, concern.raisedBy(), Types.OTHER);
                    statement.setString(7, concern.raisedByName());
                    statement.setString(8, concern.raisedByPerson());
                    statement.setString(9, concern.category().name());
                    statement.setString(10, concern.details());
                    statement.setString(11, concern.status().name());
                    statement.setTimestamp(12, Timestamp.from(concern.raisedAt()));
                    return statement.executeUpdate();
                });
        insertActions(concern);
    }

    /** Writes the status and the actions not yet stored; stored actions are never rewritten. */
    void save(Concern concern) {
        jdbc.prepareStatement("update concern set status = ? where id = ?", statement -> {
            statement.setString(1, concern.status().name());
            statement.setObject(2, concern.id(), Types.OTHER);
            return statement.executeUpdate();
        });
        insertActions(concern);
    }

    private void insertActions(Concern concern) {
        List<Concern.Action> actions = concern.actions();
        for (int position = 0; position < actions.size(); position++) {
            Concern.Action action = actions.get(position);
            int at = position;
            jdbc.prepareStatement(
                    "insert into concern_action (concern_id, position, kind, note, acted_by, acted_at) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict (concern_id, position) do nothing",
                    statement -> {
                        statement.setObject(1, concern.id(), Types.OTHER);
                        statement.setInt(2, at);
                        statement.setString(3, action.kind().name());
                        statement.setString(4, action.cause().reason());
                        statement.setString(5, action.cause().actor());
                        statement.setTimestamp(6, Timestamp.from(action.cause().at()));
                        return statement.executeUpdate();
                    });
        }
    }

    Optional<Concern> lock(UUID id) {
        return concerns(
                        "select " + COLUMNS + " from concern where id = ? for update",
                        s -> s.setObject(1, id, Types.OTHER))
                .stream()
                .findFirst();
    }

    Optional<Concern> read(UUID id) {
        return concerns("select " + COLUMNS + " from concern where id = ?", s -> s.setObject(1, id, Types.OTHER))
                .stream()
                .findFirst();
    }

    List<Concern> raisedBy(UUID organisationId) {
        return concerns(
                "select " + COLUMNS + " from concern where raised_by = ? order by raised_at desc",
                s -> s.setObject(1, organisationId, Types.OTHER));
    }

    List<Concern> all() {
        return concerns("select " + COLUMNS + " from concern order by raised_at desc", s -> {});
    }

    void putToLead(UUID leadId, String text, String by, Instant at) {
        jdbc.prepareStatement(
                "insert into concern_statement (id, lead_id, text, put_at, put_by) " + "values (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, UUID.randomUUID(), Types.OTHER);
                    statement.setObject(2, leadId, Types.OTHER);
                    statement.setString(3, text);
                    statement.setTimestamp(4, Timestamp.from(at));
                    statement.setString(5, by);
                    return statement.executeUpdate();
                });
    }

    ConcernEvidence addEvidence(UUID concernId, PdfEvidence pdf, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement(
                "insert into concern_evidence (id, concern_id, file_name, size_bytes, sha256, content, "
                        + "uploaded_at) values (?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, id, Types.OTHER);
                    statement.setObject(2, concernId, Types.OTHER);
                    statement.setString(3, pdf.fileName());
                    statement.setInt(4, pdf.content().length);
                    statement.setString(5, pdf.sha256());
                    statement.setBytes(6, pdf.content());
                    statement.setTimestamp(7, Timestamp.from(at));
                    return statement.executeUpdate();
                });
        return new ConcernEvidence(id, pdf.fileName(), pdf.content().length, pdf.sha256(), at);
    }

    List<ConcernEvidence> evidence(UUID concernId) {
        return jdbc.prepareStatement(
                "select id, file_name, size_bytes, sha256, uploaded_at from concern_evidence "
                        + "where concern_id = ? order by uploaded_at",
                statement -> {
                    statement.setObject(1, concernId, Types.OTHER);
                    List<ConcernEvidence> files = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            files.add(new ConcernEvidence(
                                    rows.getObject(1, UUID.class),
                                    rows.getString(2),
                                    rows.getInt(3),
                                    rows.getString(4),
                                    rows.getTimestamp(5).toInstant()));
                        }
                    }
                    return files;
                });
    }

    Optional<PdfEvidence> evidenceFile(UUID concernId, UUID fileId) {
        return jdbc.prepareStatement(
                "select file_name, content from concern_evidence where id = ? and concern_id = ?", statement -> {
                    statement.setObject(1, fileId, Types.OTHER);
                    statement.setObject(2, concernId, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new PdfEvidence(row.getString(1), row.getBytes(2), ""))
                                : Optional.<PdfEvidence>empty();
                    }
                });
    }

    /** What the lead may read: the statements alone, newest first. */
    List<Matter> mattersFor(UUID leadId) {
        return jdbc.prepareStatement(
                "select id, text, put_at from concern_statement where lead_id = ? " + "order by put_at desc",
                statement -> {
                    statement.setObject(1, leadId, Types.OTHER);
                    List<Matter> matters = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            matters.add(new Matter(
                                    rows.getObject(1, UUID.class),
                                    rows.getString(2),
                                    rows.getTimestamp(3).toInstant()));
                        }
                    }
                    return matters;
                });
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<Concern> concerns(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<Concern> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(concern(rows, List.of()));
                }
            }
            Map<UUID, List<Concern.Action>> actions = actionsOf(statement, found);
            return found.stream()
                    .map(c -> withActions(c, actions.getOrDefault(c.id(), List.of())))
                    .toList();
        });
    }

    /** The actions of every concern found, in one query, in the order they were taken. */
    private static Map<UUID, List<Concern.Action>> actionsOf(PreparedStatement query, List<Concern> concerns)
            throws SQLException {
        Map<UUID, List<Concern.Action>> actions = new HashMap<>();
        if (concerns.isEmpty()) {
            return actions;
        }
        try (PreparedStatement statement = query.getConnection()
                .prepareStatement(
                        "select concern_id, kind, note, "
                                + "acted_by, acted_at from concern_action where concern_id = any (?) order by concern_id, position")) {
            statement.setArray(
                    1,
                    statement
                            .getConnection()
                            .createArrayOf(
                                    "uuid", concerns.stream().map(Concern::id).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Concern.ActionKind kind = Concern.ActionKind.valueOf(rows.getString(2));
                    Cause.By by =
                            Cause.by(rows.getString(4), rows.getTimestamp(5).toInstant());
                    actions.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new Concern.Action(
                                    kind,
                                    rows.getString(3) == null ? by.withoutReason() : by.because(rows.getString(3))));
                }
            }
        }
        return actions;
    }

    private static Concern concern(ResultSet row, List<Concern.Action> actions) throws SQLException {
        return new Concern(
                row.getObject("id", UUID.class),
                row.getObject("chain_id", UUID.class),
                row.getString("chain_name"),
                row.getObject("lead_id", UUID.class),
                row.getString("lead_name"),
                row.getObject("raised_by", UUID.class),
                row.getString("raised_by_name"),
                row.getString("raised_by_person"),
                Concern.Category.valueOf(row.getString("category")),
                row.getString("details"),
                Concern.Status.valueOf(row.getString("status")),
                row.getTimestamp("raised_at").toInstant(),
                actions);
    }

    private static Concern withActions(Concern c, List<Concern.Action> actions) {
        return new Concern(
                c.id(),
                c.chainId(),
                c.chainName(),
                c.leadId(),
                c.leadName(),
                c.raisedBy(),
                c.raisedByName(),
                c.raisedByPerson(),
                c.category(),
                c.details(),
                c.status(),
                c.raisedAt(),
                actions);
    }
}
