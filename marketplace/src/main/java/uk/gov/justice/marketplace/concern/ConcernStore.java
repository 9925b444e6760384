package uk.gov.justice.marketplace.concern;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.UntrustedText;

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
import java.util.Optional;
import java.util.UUID;

/** Concerns and the statements put to lead providers, kept apart (see V10). */
@Singleton
class ConcernStore {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    ConcernStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void create(Concern concern) {
        jdbc.prepareStatement("insert into concern (id, chain_id, lead_id, raised_by, status, raised_at, document) "
                + "values (?, ?, ?, ?, ?, ?, ?::jsonb)", statement -> {
            statement.setObject(1, concern.id(), Types.OTHER);
            statement.setObject(2, concern.chainId(), Types.OTHER);
            statement.setObject(3, concern.leadId(), Types.OTHER);
            statement.setObject(4, concern.raisedBy(), Types.OTHER);
            statement.setString(5, concern.status().name());
            statement.setTimestamp(6, Timestamp.from(concern.raisedAt()));
            statement.setString(7, write(concern));
            return statement.executeUpdate();
        });
    }

    void save(Concern concern) {
        jdbc.prepareStatement("update concern set status = ?, document = ?::jsonb where id = ?", statement -> {
            statement.setString(1, concern.status().name());
            statement.setString(2, write(concern));
            statement.setObject(3, concern.id(), Types.OTHER);
            return statement.executeUpdate();
        });
    }

    Optional<Concern> lock(UUID id) {
        return concerns("select document from concern where id = ? for update",
                s -> s.setObject(1, id, Types.OTHER)).stream().findFirst();
    }

    List<Concern> raisedBy(UUID organisationId) {
        return concerns("select document from concern where raised_by = ? order by raised_at desc",
                s -> s.setObject(1, organisationId, Types.OTHER));
    }

    List<Concern> all() {
        return concerns("select document from concern order by raised_at desc", s -> { });
    }

    void putToLead(UUID leadId, String text, String by, Instant at) {
        jdbc.prepareStatement("insert into concern_statement (id, lead_id, text, put_at, put_by) "
                + "values (?, ?, ?, ?, ?)", statement -> {
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
        jdbc.prepareStatement("insert into concern_evidence (id, concern_id, file_name, size_bytes, sha256, content, "
                + "uploaded_at) values (?, ?, ?, ?, ?, ?, ?)", statement -> {
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
        return jdbc.prepareStatement("select id, file_name, size_bytes, sha256, uploaded_at from concern_evidence "
                + "where concern_id = ? order by uploaded_at", statement -> {
            statement.setObject(1, concernId, Types.OTHER);
            List<ConcernEvidence> files = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    files.add(new ConcernEvidence(rows.getObject(1, UUID.class), rows.getString(2), rows.getInt(3),
                            rows.getString(4), rows.getTimestamp(5).toInstant()));
                }
            }
            return files;
        });
    }

    Optional<PdfEvidence> evidenceFile(UUID concernId, UUID fileId) {
        return jdbc.prepareStatement("select file_name, content from concern_evidence where id = ? and concern_id = ?",
                statement -> {
                    statement.setObject(1, fileId, Types.OTHER);
                    statement.setObject(2, concernId, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(new PdfEvidence(row.getString(1), row.getBytes(2), ""))
                                : Optional.<PdfEvidence>empty();
                    }
                });
    }

    Optional<Concern> read(UUID id) {
        return concerns("select document from concern where id = ?", s -> s.setObject(1, id, Types.OTHER)).stream()
                .findFirst();
    }

    /** What the lead may read: the statements alone, newest first. */
    List<Matter> mattersFor(UUID leadId) {
        return jdbc.prepareStatement("select id, text, put_at from concern_statement where lead_id = ? "
                + "order by put_at desc", statement -> {
            statement.setObject(1, leadId, Types.OTHER);
            List<Matter> matters = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    matters.add(new Matter(rows.getObject(1, UUID.class), rows.getString(2),
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
                    found.add(read(rows.getString(1)));
                }
            }
            return found;
        });
    }

    private String write(Concern concern) {
        try {
            return json.writeValueAsString(concern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Concern read(String document) {
        try {
            return UntrustedText.fromOwnStore(() -> json.readValue(document, Argument.of(Concern.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
