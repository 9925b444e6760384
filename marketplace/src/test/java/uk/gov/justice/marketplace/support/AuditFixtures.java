package uk.gov.justice.marketplace.support;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEntry;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.runtime.EmbeddedDatabase;

/** Decisions recorded the way features record them, and direct SQL as someone on the database would run it. */
@Singleton
public class AuditFixtures {

    public static final Actor STEWARD =
            new Actor(UUID.randomUUID(), "steward@justice.gov.uk", UUID.randomUUID(), "Market stewardship team");

    private final AuditTrail trail;
    private final TransactionOperations<Connection> transactions;
    private final String databaseUrl;

    AuditFixtures(
            AuditTrail trail,
            TransactionOperations<Connection> transactions,
            @Value("${datasources.default.url}") String databaseUrl) {
        this.trail = trail;
        this.transactions = transactions;
        this.databaseUrl = databaseUrl;
    }

    public AuditEntry decide(String action) {
        return transactions.executeWrite(status -> trail.record(
                STEWARD,
                AuditEvent.of(action, "eoi", UUID.randomUUID(), "approved").because("meets the criteria")));
    }

    /** A separate connection, as the database owner (a superuser, who can switch the triggers off). */
    public void executeAsDatabaseOwner(String sql) throws SQLException {
        execute(EmbeddedDatabase.OWNER_ROLE, TestDatabase.server().ownerPassword(), sql);
    }

    /** A separate connection as the role the service's pool uses, as an attacker who took over the service would. */
    public void executeAsTheService(String sql) throws SQLException {
        execute(EmbeddedDatabase.APPLICATION_ROLE, TestDatabase.server().applicationPassword(), sql);
    }

    private void execute(String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
