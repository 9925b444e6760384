package uk.gov.justice.marketplace.support;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEntry;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Decisions recorded the way features record them, and direct SQL as someone on the database would run it. */
@Singleton
public class AuditFixtures {

    public static final Actor STEWARD = new Actor(UUID.randomUUID(), "steward@justice.gov.uk", UUID.randomUUID(),
            "Market stewardship team");

    private final AuditTrail trail;
    private final TransactionOperations<Connection> transactions;
    private final String databaseUrl;

    AuditFixtures(AuditTrail trail, TransactionOperations<Connection> transactions,
                  @Value("${datasources.default.url}") String databaseUrl) {
        this.trail = trail;
        this.transactions = transactions;
        this.databaseUrl = databaseUrl;
    }

    public AuditEntry decide(String action) {
        return transactions.executeWrite(status -> trail.record(STEWARD,
                AuditEvent.of(action, "eoi", UUID.randomUUID(), "approved").because("meets the criteria")));
    }

    /** A separate connection, as the database owner. */
    public void executeAsDatabaseOwner(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
