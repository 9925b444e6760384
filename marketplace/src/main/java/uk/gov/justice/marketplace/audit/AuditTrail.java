package uk.gov.justice.marketplace.audit;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends decisions to the audit chain inside the caller's transaction, so a decision and its record commit or
 * fail together. Appends are serialised by a transaction-scoped advisory lock: each entry needs the hash of the one
 * before, and two concurrent decisions must not both claim the same place.
 */
@Singleton
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x4155444954L;

    private final JdbcOperations jdbc;
    private final Clock clock;

    AuditTrail(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = MANDATORY)
    public AuditEntry record(Actor actor, AuditEvent event) {
        jdbc.prepareStatement("select pg_advisory_xact_lock(?)", statement -> {
            statement.setLong(1, CHAIN_LOCK);
            statement.execute();
            return null;
        });
        AuditEntry entry = jdbc.prepareStatement(
                "select sequence, entry_hash from audit_entry order by sequence desc limit 1", statement -> {
                    try (ResultSet last = statement.executeQuery()) {
                        return next(last, actor, event);
                    }
                });
        jdbc.prepareStatement(AuditRows.INSERT, statement -> {
            AuditRows.bind(statement, entry);
            return statement.executeUpdate();
        });
        return entry;
    }

    private AuditEntry next(ResultSet last, Actor actor, AuditEvent event) throws SQLException {
        long sequence = last.next() ? last.getLong(1) + 1 : 1;
        String previous = sequence == 1 ? AuditEntry.GENESIS_HASH : last.getString(2);
        // PostgreSQL keeps microseconds: hash exactly what will be stored, or verification would fail.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return AuditEntry.next(sequence, now, actor, event, previous);
    }
}
