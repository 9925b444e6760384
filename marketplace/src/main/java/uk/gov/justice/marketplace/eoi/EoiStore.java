package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.UntrustedText;

/**
 * Keeps Expressions of Interest in PostgreSQL: one row per EoI, one per version, answers as JSON. Loading takes the
 * EoI's row lock, so two people changing the same EoI at once are served one after the other and the second
 * sees the first's change (the aggregate then refuses a stale decision).
 */
@Singleton
class EoiStore {

    /** One EoI per organisation (V4). */
    static final String ONE_PER_ORGANISATION = "expression_of_interest_organisation_id_key";

    private static final Argument<Map<EoiPart, String>> COMMENTS = Argument.mapOf(EoiPart.class, String.class);
    private static final String VERSION_COLUMNS = "number, status, answers, submitted_at, decision_outcome, "
            + "decision_reason, decision_part_comments, decided_by, decided_at";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    EoiStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ExpressionOfInterest> lockByOrganisation(UUID organisationId) {
        return load(
                "select id, organisation_id from expression_of_interest where organisation_id = ? for update",
                organisationId);
    }

    Optional<ExpressionOfInterest> readByOrganisation(UUID organisationId) {
        return load("select id, organisation_id from expression_of_interest where organisation_id = ?", organisationId);
    }

    Optional<ExpressionOfInterest> lock(UUID eoiId) {
        return load("select id, organisation_id from expression_of_interest where id = ? for update", eoiId);
    }

    Optional<ExpressionOfInterest> read(UUID eoiId) {
        return load("select id, organisation_id from expression_of_interest where id = ?", eoiId);
    }

    void create(ExpressionOfInterest eoi, Instant now) {
        jdbc.prepareStatement(
                "insert into expression_of_interest (id, organisation_id, created_at) values (?, ?, ?)", statement -> {
                    statement.setObject(1, eoi.id(), Types.OTHER);
                    statement.setObject(2, eoi.organisationId(), Types.OTHER);
                    statement.setTimestamp(3, Timestamp.from(now));
                    return statement.executeUpdate();
                });
        eoi.versions().forEach(v -> upsert(eoi.id(), v));
    }

    /** Writes the versions that are new or changed; earlier versions are never rewritten once decided. */
    void save(ExpressionOfInterest eoi) {
        upsert(eoi.id(), eoi.current());
    }

    /** Ids of EoIs with an approved version (published unless withdrawn since). */
    List<UUID> everApproved() {
        return ids("select distinct eoi_id from eoi_version where status = 'APPROVED'");
    }

    /** Ids of EoIs whose current version waits for the steward, oldest submission first. */
    List<UUID> awaitingDecision() {
        return ids("select eoi_id from eoi_version where status = 'SUBMITTED' order by submitted_at");
    }

    private List<UUID> ids(String sql) {
        return jdbc.prepareStatement(sql, statement -> {
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    private Optional<ExpressionOfInterest> load(String sql, UUID key) {
        // The SQL decides whether the row is locked: FOR UPDATE only where the caller changes the EoI.
        Optional<UUID[]> ids = jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, key, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)})
                        : Optional.<UUID[]>empty();
            }
        });
        return ids.map(pair -> new ExpressionOfInterest(pair[0], pair[1], versions(pair[0])));
    }

    private List<EoiVersion> versions(UUID eoiId) {
        return jdbc.prepareStatement(
                "select " + VERSION_COLUMNS + " from eoi_version where eoi_id = ? order by number", statement -> {
                    statement.setObject(1, eoiId, Types.OTHER);
                    List<EoiVersion> versions = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            versions.add(version(rows));
                        }
                    }
                    return versions;
                });
    }

    private EoiVersion version(ResultSet row) throws SQLException {
        String outcome = row.getString("decision_outcome");
        StewardDecision decision = outcome == null
                ? null
                : new StewardDecision(
                        EoiStatus.valueOf(outcome),
                        row.getString("decision_reason"),
                        fromJson(row.getString("decision_part_comments"), COMMENTS),
                        row.getString("decided_by"),
                        row.getTimestamp("decided_at").toInstant());
        Timestamp submitted = row.getTimestamp("submitted_at");
        return new EoiVersion(
                row.getInt("number"),
                EoiStatus.valueOf(row.getString("status")),
                fromJson(row.getString("answers"), Argument.of(EoiAnswers.class)),
                submitted == null ? null : submitted.toInstant(),
                decision);
    }

    private void upsert(UUID eoiId, EoiVersion version) {
        jdbc.prepareStatement(
                "insert into eoi_version (eoi_id, " + VERSION_COLUMNS + ") "
                        + "values (?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?) on conflict (eoi_id, number) do update set "
                        + "status = excluded.status, answers = excluded.answers, submitted_at = excluded.submitted_at, "
                        + "decision_outcome = excluded.decision_outcome, decision_reason = excluded.decision_reason, "
                        + "decision_part_comments = excluded.decision_part_comments, decided_by = excluded.decided_by, "
                        + "decided_at = excluded.decided_at",
                statement -> {
                    bind(statement, eoiId, version);
                    return statement.executeUpdate();
                });
    }

    private void bind(PreparedStatement statement, UUID eoiId, EoiVersion version) throws SQLException {
        StewardDecision decision = version.decision();
        statement.setObject(1, eoiId, Types.OTHER);
        statement.setInt(2, version.number());
        statement.setString(3, version.status().name());
        statement.setString(4, toJson(version.answers()));
        statement.setTimestamp(5, version.submittedAt() == null ? null : Timestamp.from(version.submittedAt()));
        statement.setString(6, decision == null ? null : decision.outcome().name());
        statement.setString(7, decision == null ? null : decision.reason());
        statement.setString(8, decision == null ? null : toJson(decision.partComments()));
        statement.setString(9, decision == null ? null : decision.decidedBy());
        statement.setTimestamp(10, decision == null ? null : Timestamp.from(decision.decidedAt()));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T fromJson(String text, Argument<T> type) {
        try {
            return text == null ? null : UntrustedText.fromOwnStore(() -> json.readValue(text, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
