package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/** In a database of its own: once the chain is broken it stays broken, as it should. */
@MarketplaceTest
class TamperingWithTheAuditTrailTest implements FreshDatabase {

    @Inject
    AuditLog log;

    @Inject
    AuditFixtures fixtures;

    @Test
    void tampering_by_someone_who_bypasses_the_guard_is_detected() throws SQLException {
        fixtures.decide("admission.granted");
        AuditEntry victim = fixtures.decide("award.published");
        fixtures.decide("order.placed");

        // A superuser can switch the trigger off; the hash chain still gives them away.
        fixtures.executeAsDatabaseOwner("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
        fixtures.executeAsDatabaseOwner(
                "update audit_entry set reason = 'quietly rewritten' where sequence = " + victim.sequence());
        fixtures.executeAsDatabaseOwner("alter table audit_entry enable trigger audit_entry_no_update_or_delete");

        ChainVerification verification = log.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(victim.sequence());
        assertThat(verification.problem()).contains("does not match its hash");
    }
}
