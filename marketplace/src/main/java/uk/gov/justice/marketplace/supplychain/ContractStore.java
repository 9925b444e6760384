package uk.gov.justice.marketplace.supplychain;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.contracts.RenderedContract;
import uk.gov.justice.marketplace.identity.Viewer;

/** Generated contracts, their signatures and sealed copies in PostgreSQL. */
@Singleton
class ContractStore {

    private static final String COLUMNS = "id, chain_id, kind, partner_id, language, reference, fingerprint, sha256, "
            + "parties, created_at, sealed_at, superseded_at";

    private final JdbcOperations jdbc;

    ContractStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A partner agreement names the version of the partner's terms it was made from; the lead contract none. */
    void add(
            UUID id,
            UUID chainId,
            ContractTerms terms,
            UUID partnerId,
            Integer termsVersion,
            List<UUID> parties,
            RenderedContract rendered,
            String by,
            Instant at) {
        jdbc.prepareStatement(
                "insert into contract_document (id, chain_id, kind, partner_id, language, reference, "
                        + "fingerprint, sha256, pdf, parties, created_at, created_by, terms_version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, id, Types.OTHER);
                    statement.setObject(2, chainId, Types.OTHER);
                    statement.setString(3, terms.kind().name());
                    statement.setObject(4, partnerId, Types.OTHER);
                    statement.setString(5, terms.language().name());
                    statement.setString(6, terms.reference());
                    statement.setString(7, rendered.fingerprint());
                    statement.setString(8, rendered.sha256());
                    statement.setBytes(9, rendered.pdf());
                    statement.setArray(10, statement.getConnection().createArrayOf("uuid", parties.toArray()));
                    statement.setTimestamp(11, Timestamp.from(at));
                    statement.setString(12, by);
                    statement.setObject(13, termsVersion, Types.INTEGER);
                    return statement.executeUpdate();
                });
    }

    /** How many times the chain's contracts have been generated (each generation makes one lead contract). */
    int generations(UUID chainId) {
        return jdbc.prepareStatement(
                "select count(*) from contract_document where chain_id = ? and kind = " + "'LEAD_CONTRACT'",
                statement -> {
                    statement.setObject(1, chainId, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
    }

    /** The latest generation of each document of the chain. */
    List<ContractDocument> latest(UUID chainId) {
        return jdbc.prepareStatement(
                "select distinct on (kind, partner_id) " + COLUMNS + " from contract_document "
                        + "where chain_id = ? order by kind, partner_id, created_at desc",
                statement -> {
                    statement.setObject(1, chainId, Types.OTHER);
                    List<ContractDocument> documents = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            documents.add(document(rows));
                        }
                    }
                    return documents;
                });
    }

    /** Marks the chain's current unsealed drafts superseded; answers their ids. */
    List<UUID> supersede(UUID chainId, Instant at) {
        return jdbc.prepareStatement(
                "update contract_document set superseded_at = ? where chain_id = ? and "
                        + "sealed_at is null and superseded_at is null returning id",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(at));
                    statement.setObject(2, chainId, Types.OTHER);
                    List<UUID> ids = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
    }

    Optional<ContractDocument> lock(UUID id) {
        return one("select " + COLUMNS + " from contract_document where id = ? for update", id);
    }

    Optional<ContractDocument> read(UUID id) {
        return one("select " + COLUMNS + " from contract_document where id = ?", id);
    }

    private Optional<ContractDocument> one(String sql, UUID id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(document(row)) : Optional.<ContractDocument>empty();
            }
        });
    }

    Optional<byte[]> pdf(UUID id) {
        return jdbc.prepareStatement(
                "select coalesce(sealed_pdf, pdf) from contract_document where id = ?", statement -> {
                    statement.setObject(1, id, Types.OTHER);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(row.getBytes(1)) : Optional.<byte[]>empty();
                    }
                });
    }

    byte[] draft(UUID id) {
        return jdbc.prepareStatement("select pdf from contract_document where id = ?", statement -> {
            statement.setObject(1, id, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        });
    }

    void sign(UUID documentId, Viewer signer, String role, String sha256, Instant at) {
        jdbc.prepareStatement(
                "insert into contract_signature (document_id, organisation_id, signer_name, "
                        + "signer_email, organisation, role, signed_at, document_sha256) values (?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, documentId, Types.OTHER);
                    statement.setObject(2, signer.organisationId(), Types.OTHER);
                    statement.setString(3, signer.fullName());
                    statement.setString(4, signer.email());
                    statement.setString(5, signer.organisationName());
                    statement.setString(6, role);
                    statement.setTimestamp(7, Timestamp.from(at));
                    statement.setString(8, sha256);
                    return statement.executeUpdate();
                });
    }

    void seal(UUID documentId, byte[] sealed, Instant at) {
        jdbc.prepareStatement("update contract_document set sealed_pdf = ?, sealed_at = ? where id = ?", statement -> {
            statement.setBytes(1, sealed);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setObject(3, documentId, Types.OTHER);
            return statement.executeUpdate();
        });
    }

    private ContractDocument document(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Array parties = row.getArray("parties");
        Timestamp sealed = row.getTimestamp("sealed_at");
        Timestamp superseded = row.getTimestamp("superseded_at");
        return new ContractDocument(
                id,
                row.getObject("chain_id", UUID.class),
                row.getString("kind"),
                row.getObject("partner_id", UUID.class),
                row.getString("language"),
                row.getString("reference"),
                row.getString("fingerprint"),
                row.getString("sha256"),
                Arrays.stream((Object[]) parties.getArray())
                        .map(UUID.class::cast)
                        .toList(),
                row.getTimestamp("created_at").toInstant(),
                signatures(id),
                sealed == null ? null : sealed.toInstant(),
                superseded == null ? null : superseded.toInstant());
    }

    private List<ContractDocument.Signature> signatures(UUID documentId) {
        return jdbc.prepareStatement(
                "select organisation_id, signer_name, organisation, role, signed_at, "
                        + "document_sha256 from contract_signature where document_id = ? order by signed_at",
                statement -> {
                    statement.setObject(1, documentId, Types.OTHER);
                    List<ContractDocument.Signature> signatures = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            signatures.add(new ContractDocument.Signature(
                                    rows.getObject(1, UUID.class),
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getTimestamp(5).toInstant(),
                                    rows.getString(6)));
                        }
                    }
                    return signatures;
                });
    }
}
