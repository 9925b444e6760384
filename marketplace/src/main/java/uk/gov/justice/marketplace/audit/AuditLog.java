package uk.gov.justice.marketplace.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/** Reading the trail: a steward's filtered view, and verification of the whole chain. */
@Singleton
public class AuditLog {

    /**
     * Only the market steward reads the trail. The role can only be held in the steward's own organisation
     * (identity's grant rules), so checking the role is enough here and keeps audit free of identity.
     */
    public static final String STEWARD_ROLE = "STEWARD";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcOperations jdbc;
    private final AuditCheckpoints checkpoints;

    AuditLog(JdbcOperations jdbc, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
    }

    /** Newest first, one page more than asked so the caller knows whether there is a next page. */
    @ReadOnly
    public List<AuditEntry> find(AuditQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (notBlank(query.actorEmail())) {
            where.append(" and lower(actor_email) like ? escape '\\'");
            parameters.add(contains(query.actorEmail().toLowerCase()));
        }
        if (notBlank(query.action())) {
            where.append(" and action like ? escape '\\'");
            parameters.add(contains(query.action()));
        }
        if (notBlank(query.subject())) {
            where.append(" and (subject_id = ? or subject_type = ?)");
            parameters.add(query.subject());
            parameters.add(query.subject());
        }
        if (query.from() != null) {
            where.append(" and recorded_at >= ?");
            parameters.add(startOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" and recorded_at < ?");
            parameters.add(startOf(query.to().plusDays(1)));
        }
        String sql = "select " + AuditRows.COLUMNS + " from audit_entry" + where + " order by sequence desc limit "
                + (query.pageSize() + 1) + " offset " + query.offset();
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return readAll(statement.executeQuery());
        });
    }

    /**
     * Walks the chain in order, in batches, recomputing every hash and every link, and holds it to every checkpoint
     * the platform signed: an entry removed from the end, or a head rewritten with fresh hashes, no longer passes.
     */
    @ReadOnly
    public ChainVerification verify() {
        // Read first: entries only ever grow, so every genuine anchor read now is within the chain read next.
        List<AuditCheckpoint> anchors = checkpoints.byLength();
        CheckpointSeal seal = checkpoints.seal();
        List<AuditCheckpoint> signed = new ArrayList<>();
        for (AuditCheckpoint anchor : anchors) {
            if (seal.knows(anchor) && !seal.signed(anchor)) {
                return ChainVerification.brokenAt(
                        0,
                        anchor.entryCount(),
                        "a checkpoint of " + anchor.madeAt() + " claims this head but the platform did not sign it",
                        null);
            }
            if (seal.knows(anchor)) {
                signed.add(anchor);
            }
        }
        AuditCheckpoint latest = signed.stream()
                .max(Comparator.comparing(AuditCheckpoint::madeAt))
                .orElse(null);
        // Shortest chain first, each taken off once the walk reaches its head; an empty chain's anchor binds nothing.
        Deque<AuditCheckpoint> ahead =
                signed.stream().filter(a -> a.entryCount() > 0).collect(Collectors.toCollection(ArrayDeque::new));
        String expectedPrevious = AuditEntry.GENESIS_HASH;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> batch = batchAfter(after);
            if (batch.isEmpty()) {
                if (!ahead.isEmpty()) {
                    AuditCheckpoint longer = ahead.getLast();
                    return ChainVerification.brokenAt(
                            checked,
                            checked + 1,
                            "the newest entries are missing: the " + "checkpoint of " + longer.madeAt() + " counted "
                                    + longer.entryCount(),
                            latest);
                }
                return ChainVerification.intact(checked, latest);
            }
            for (AuditEntry entry : batch) {
                checked++;
                if (entry.sequence() != checked) {
                    return ChainVerification.brokenAt(
                            checked, entry.sequence(), "an entry is missing before it", latest);
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainVerification.brokenAt(
                            checked, entry.sequence(), "it does not link to the entry before", latest);
                }
                if (!entry.isConsistent()) {
                    return ChainVerification.brokenAt(
                            checked, entry.sequence(), "its content does not match its hash", latest);
                }
                while (!ahead.isEmpty() && ahead.getFirst().entryCount() == entry.sequence()) {
                    AuditCheckpoint reached = ahead.removeFirst();
                    if (!reached.headHash().equals(entry.entryHash())) {
                        return ChainVerification.brokenAt(
                                checked,
                                entry.sequence(),
                                "it is not the entry the " + "checkpoint of " + reached.madeAt() + " signed",
                                latest);
                    }
                }
                expectedPrevious = entry.entryHash();
                after = entry.sequence();
            }
        }
    }

    private List<AuditEntry> batchAfter(long sequence) {
        return jdbc.prepareStatement(
                "select " + AuditRows.COLUMNS + " from audit_entry where sequence > ? order by sequence limit 1000",
                statement -> {
                    statement.setLong(1, sequence);
                    return readAll(statement.executeQuery());
                });
    }

    private static List<AuditEntry> readAll(ResultSet rows) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        while (rows.next()) {
            entries.add(AuditRows.read(rows));
        }
        return entries;
    }

    // Stewards think in UK dates, whatever the server's zone.
    private static Timestamp startOf(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(UK).toInstant());
    }

    /** A LIKE pattern matching the text anywhere, with the user's own % and _ taken literally. */
    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
