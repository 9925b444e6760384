package uk.gov.justice.marketplace.eoi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.common.PdfEvidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Evidence files in PostgreSQL, listed without their content. */
@Singleton
class EvidenceStore {

    private final JdbcOperations jdbc;

    EvidenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    EvidenceFile add(UUID eoiId, PdfEvidence pdf, String uploadedBy, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("insert into evidence_file (id, eoi_id, file_name, size_bytes, sha256, content, "
                + "extracted_text, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setObject(1, id, Types.OTHER);
            statement.setObject(2, eoiId, Types.OTHER);
            statement.setString(3, pdf.fileName());
            statement.setInt(4, pdf.content().length);
            statement.setString(5, pdf.sha256());
            statement.setBytes(6, pdf.content());
            statement.setString(7, pdf.text());
            statement.setTimestamp(8, Timestamp.from(now));
            statement.setString(9, uploadedBy);
            return statement.executeUpdate();
        });
        return new EvidenceFile(id, pdf.fileName(), pdf.content().length, pdf.sha256(), pdf.text().length(), now);
    }

    List<EvidenceFile> list(UUID eoiId) {
        return jdbc.prepareStatement("select id, file_name, size_bytes, sha256, length(extracted_text), uploaded_at "
                + "from evidence_file where eoi_id = ? order by uploaded_at", statement -> {
            statement.setObject(1, eoiId, Types.OTHER);
            List<EvidenceFile> files = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    files.add(file(rows));
                }
            }
            return files;
        });
    }

    /** Everything read from the EoI's files, oldest first, one file's text after another. */
    String extractedText(UUID eoiId) {
        return jdbc.prepareStatement("select coalesce(string_agg(extracted_text, E'\\n' order by uploaded_at), '') "
                + "from evidence_file where eoi_id = ?", statement -> {
            statement.setObject(1, eoiId, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }

    /** The file's name and content, if it belongs to this EoI. */
    Optional<PdfEvidence> content(UUID eoiId, UUID fileId) {
        return jdbc.prepareStatement("select file_name, content, extracted_text from evidence_file "
                + "where id = ? and eoi_id = ?", statement -> {
            statement.setObject(1, fileId, Types.OTHER);
            statement.setObject(2, eoiId, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new PdfEvidence(row.getString(1), row.getBytes(2), row.getString(3)))
                        : Optional.<PdfEvidence>empty();
            }
        });
    }

    private static EvidenceFile file(ResultSet row) throws SQLException {
        return new EvidenceFile(row.getObject(1, UUID.class), row.getString(2), row.getInt(3), row.getString(4),
                row.getInt(5), row.getTimestamp(6).toInstant());
    }
}
