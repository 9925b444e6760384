package uk.gov.justice.marketplace.eoi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
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
import uk.gov.justice.marketplace.common.PdfEvidence;

/**
 * Evidence files in PostgreSQL, listed without their content. A file belongs to the version it was uploaded to and
 * every later one, until a version removes it; so each version (the published one above all) holds a known set.
 */
@Singleton
class EvidenceStore {

    private final JdbcOperations jdbc;

    EvidenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static final String IN_VERSION =
            "eoi_id = ? and first_version <= ? " + "and (removed_in_version is null or removed_in_version > ?)";

    EvidenceFile add(UUID eoiId, int version, PdfEvidence pdf, String uploadedBy, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement(
                "insert into evidence_file (id, eoi_id, file_name, size_bytes, sha256, content, "
                        + "extracted_text, uploaded_at, uploaded_by, first_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, id, Types.OTHER);
                    statement.setObject(2, eoiId, Types.OTHER);
                    statement.setString(3, pdf.fileName());
                    statement.setInt(4, pdf.content().length);
                    statement.setString(5, pdf.sha256());
                    statement.setBytes(6, pdf.content());
                    statement.setString(7, pdf.text());
                    statement.setTimestamp(8, Timestamp.from(now));
                    statement.setString(9, uploadedBy);
                    statement.setInt(10, version);
                    return statement.executeUpdate();
                });
        return new EvidenceFile(
                id,
                pdf.fileName(),
                pdf.content().length,
                pdf.sha256(),
                pdf.text().length(),
                now);
    }

    /** The files this version of the EoI holds, oldest first. */
    List<EvidenceFile> list(UUID eoiId, int version) {
        return jdbc.prepareStatement(
                "select id, file_name, size_bytes, sha256, length(extracted_text), uploaded_at "
                        + "from evidence_file where " + IN_VERSION + " order by uploaded_at",
                statement -> {
                    inVersion(statement, eoiId, version);
                    List<EvidenceFile> files = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            files.add(file(rows));
                        }
                    }
                    return files;
                });
    }

    /** Everything read from the files this version holds, oldest first, one file's text after another. */
    String extractedText(UUID eoiId, int version) {
        return jdbc.prepareStatement(
                "select coalesce(string_agg(extracted_text, E'\\n' order by uploaded_at), '') "
                        + "from evidence_file where " + IN_VERSION,
                statement -> {
                    inVersion(statement, eoiId, version);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getString(1);
                    }
                });
    }

    /** The file's name and content, if it belongs to this EoI. */
    Optional<PdfEvidence> content(UUID eoiId, UUID fileId) {
        return jdbc.prepareStatement(
                "select file_name, content, extracted_text from evidence_file " + "where id = ? and eoi_id = ?",
                statement -> {
                    statement.setObject(1, fileId, Types.OTHER);
                    statement.setObject(2, eoiId, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new PdfEvidence(row.getString(1), row.getBytes(2), row.getString(3)))
                                : Optional.<PdfEvidence>empty();
                    }
                });
    }

    /** Whether this version of the EoI holds the file. */
    boolean holds(UUID eoiId, int version, UUID fileId) {
        return jdbc.prepareStatement("select 1 from evidence_file where id = ? and " + IN_VERSION, statement -> {
            statement.setObject(1, fileId, Types.OTHER);
            statement.setObject(2, eoiId, Types.OTHER);
            statement.setInt(3, version);
            statement.setInt(4, version);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    /**
     * Takes the file out of this version and the ones after it. A file of a version never sent to the steward is
     * erased (a PDF uploaded by mistake, with a client's details, is gone); one the steward has seen, in this
     * version (sent back for changes) or an earlier one, stays with what was seen.
     */
    boolean remove(UUID eoiId, EoiVersion version, UUID fileId) {
        int erased = version.submittedAt() != null
                ? 0
                : jdbc.prepareStatement(
                        "delete from evidence_file where " + "id = ? and eoi_id = ? and first_version = ?",
                        statement -> {
                            statement.setObject(1, fileId, Types.OTHER);
                            statement.setObject(2, eoiId, Types.OTHER);
                            statement.setInt(3, version.number());
                            return statement.executeUpdate();
                        });
        return erased > 0
                || jdbc.prepareStatement(
                                "update evidence_file set removed_in_version = ? where id = ? and " + IN_VERSION,
                                statement -> {
                                    statement.setInt(1, version.number());
                                    statement.setObject(2, fileId, Types.OTHER);
                                    statement.setObject(3, eoiId, Types.OTHER);
                                    statement.setInt(4, version.number());
                                    statement.setInt(5, version.number());
                                    return statement.executeUpdate();
                                })
                        > 0;
    }

    private static void inVersion(PreparedStatement statement, UUID eoiId, int version) throws SQLException {
        statement.setObject(1, eoiId, Types.OTHER);
        statement.setInt(2, version);
        statement.setInt(3, version);
    }

    private static EvidenceFile file(ResultSet row) throws SQLException {
        return new EvidenceFile(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getInt(3),
                row.getString(4),
                row.getInt(5),
                row.getTimestamp(6).toInstant());
    }
}
