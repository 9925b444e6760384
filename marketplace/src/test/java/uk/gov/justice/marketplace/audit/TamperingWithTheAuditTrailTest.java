package uk.gov.justice.marketplace.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In a database of its own: once the chain is broken it stays broken, as it should. */
@MarketplaceTest
class TamperingWithTheAuditTrailTest implements FreshDatabase {

    private static final Actor STEWARD = new Actor(UUID.randomUUID(), "steward@justice.gov.uk", UUID.randomUUID(),
            "Market stewardship team");

    @Inject
    AuditTrail trail;
    @Inject
    AuditLog log;
    @Inject
    TransactionOperations<Connection> transactions;
    @Value("${datasources.default.url}")
    String databaseUrl;

    private AuditEntry decide(String action) {
        return transactions.executeWrite(status -> trail.record(STEWARD,
                AuditEvent.of(action, "eoi", UUID.randomUUID(), "approved").because("meets the criteria")));
    }

    @Test
    void tampering_by_someone_who_bypasses_the_guard_is_detected() throws SQLException {
        decide("admission.granted");
        AuditEntry victim = decide("award.published");
        decide("order.placed");

        // A superuser can switch the trigger off; the hash chain still gives them away.
        execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
        execute("update audit_entry set reason = 'quietly rewritten' where sequence = " + victim.sequence());
        execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");

        ChainVerification verification = log.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(victim.sequence());
        assertThat(verification.problem()).contains("does not match its hash");
    }

    /** A separate connection, as someone working on the database directly would have. */
    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
