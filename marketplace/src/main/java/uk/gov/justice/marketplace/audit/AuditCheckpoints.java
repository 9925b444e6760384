package uk.gov.justice.marketplace.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.common.ScheduledJob;

/**
 * Anchors the audit chain: at intervals (and when the steward asks) the chain's length and head hash are signed and
 * published, to a table the service may only append to and to the log, where an operator's log store keeps them out
 * of reach of whoever controls the database. Verification then holds the chain to every anchor.
 *
 * <p>Publishing is not itself audited: it decides nothing, and an entry for it would move the head it just signed.
 */
@Singleton
public class AuditCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final String COLUMNS = "entry_count, head_hash, made_at, key_id, signature";

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final CheckpointSeal seal;

    AuditCheckpoints(JdbcOperations jdbc, Clock clock, CheckpointSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = new CheckpointSeal(
                settings.key() == null || settings.key().isBlank() ? generatedKey() : settings.key());
    }

    @ScheduledJob("audit checkpoints")
    @Scheduled(
            fixedDelay = "${marketplace.audit.checkpoints.interval:1h}",
            initialDelay = "${marketplace.audit.checkpoints.interval:1h}")
    @Transactional
    void publishOnSchedule() {
        publishHead();
    }

    /** Signs the chain's head as it is now committed, keeps the checkpoint and writes it to the log. */
    @Transactional
    public AuditCheckpoint publish() {
        return publishHead();
    }

    /** Newest first, for a reader to keep: each is checkable by the platform whatever happens to the database. */
    @ReadOnly
    public List<AuditCheckpoint> newestFirst(int limit) {
        return jdbc.prepareStatement(
                "select " + COLUMNS + " from audit_checkpoint order by id desc limit ?", statement -> {
                    statement.setInt(1, limit);
                    return readAll(statement.executeQuery());
                });
    }

    /** Every checkpoint, shortest chain first, for verification. */
    List<AuditCheckpoint> byLength() {
        return jdbc.prepareStatement(
                "select " + COLUMNS + " from audit_checkpoint order by entry_count, id",
                statement -> readAll(statement.executeQuery()));
    }

    CheckpointSeal seal() {
        return seal;
    }

    private AuditCheckpoint publishHead() {
        // PostgreSQL keeps microseconds: sign exactly what will be stored, or the signature would not verify.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditCheckpoint checkpoint = jdbc.prepareStatement(
                "select sequence, entry_hash from audit_entry order by sequence desc limit 1", statement -> {
                    try (ResultSet head = statement.executeQuery()) {
                        return head.next()
                                ? seal.sign(head.getLong(1), head.getString(2), now)
                                : seal.sign(0, AuditEntry.GENESIS_HASH, now);
                    }
                });
        jdbc.prepareStatement("insert into audit_checkpoint (" + COLUMNS + ") values (?, ?, ?, ?, ?)", statement -> {
            statement.setLong(1, checkpoint.entryCount());
            statement.setString(2, checkpoint.headHash());
            statement.setTimestamp(3, Timestamp.from(checkpoint.madeAt()));
            statement.setString(4, checkpoint.keyId());
            statement.setString(5, checkpoint.signature());
            return statement.executeUpdate();
        });
        LOG.info(
                "Audit checkpoint: entries={} head={} at={} key={} signature={}",
                checkpoint.entryCount(),
                checkpoint.headHash(),
                checkpoint.madeAt(),
                checkpoint.keyId(),
                checkpoint.signature());
        return checkpoint;
    }

    private static List<AuditCheckpoint> readAll(ResultSet rows) throws SQLException {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        while (rows.next()) {
            checkpoints.add(new AuditCheckpoint(
                    rows.getLong("entry_count"),
                    rows.getString("head_hash"),
                    rows.getTimestamp("made_at").toInstant(),
                    rows.getString("key_id"),
                    rows.getString("signature")));
        }
        return checkpoints;
    }

    private static String generatedKey() {
        LOG.warn("No MARKETPLACE_AUDIT_CHECKPOINTS_KEY: audit checkpoints are signed with a key that lasts until the "
                + "service stops, so they cannot be checked after a restart. Set one outside development.");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
