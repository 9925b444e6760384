package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * In a database of its own: whoever holds the service's role may append checkpoints, but without the platform key
 * a checkpoint that claims the platform's key id is reported, not trusted.
 */
@MarketplaceTest
class ForgingACheckpointTest implements FreshDatabase {

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditFixtures fixtures;

    @Inject
    AuditLog log;

    @Test
    void a_checkpoint_the_platform_did_not_sign_is_reported() throws SQLException {
        fixtures.decide("award.published");
        AuditCheckpoint genuine = checkpoints.publish();

        fixtures.executeAsTheService("insert into audit_checkpoint (entry_count, head_hash, made_at, key_id, signature)"
                + " values (0, '" + AuditEntry.GENESIS_HASH + "', now(), '" + genuine.keyId() + "', '"
                + "0".repeat(64) + "')");

        ChainVerification verification = log.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).contains("the platform did not sign it");
    }
}
