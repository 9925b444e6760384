package uk.gov.justice.marketplace.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.audit.AuditLog;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.LogLines;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * An operator gives one DATABASE_URL and no migration role: the service still migrates and works, as the role it
 * was given (without the separation the recipe in docs/security.md buys).
 */
@MarketplaceTest
class ASingleDatabaseUrlTest implements FreshDatabase {

    // Listening before the service starts, so the start-up warning is caught.
    private final LogLines startupLog =
            LogLines.of(LoggerFactory.getLogger("uk.gov.justice.marketplace.audit.AppendOnlyCheck"));

    @Inject
    AuditFixtures fixtures;

    @Inject
    AuditLog log;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("datasources.default.username", EmbeddedDatabase.OWNER_ROLE);
        properties.put("datasources.default.password", TestDatabase.server().ownerPassword());
        properties.remove("marketplace.database.migration.username");
        properties.remove("marketplace.database.migration.password");
        return properties;
    }

    @Test
    void the_service_migrates_and_records_decisions_with_the_one_role() {
        fixtures.decide("admission.granted");

        assertThat(log.verify().intact()).isTrue();
        assertThat(log.verify().entriesChecked()).isPositive();
    }

    @Test
    void the_operator_is_warned_that_the_service_could_switch_the_audit_guard_off() {
        assertThat(startupLog.written())
                .anySatisfy(line -> assertThat(line).contains("WARN", "could switch its append-only triggers off"));
    }
}
