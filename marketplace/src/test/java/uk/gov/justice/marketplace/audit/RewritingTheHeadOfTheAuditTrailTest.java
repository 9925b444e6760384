package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * In a database of its own: someone with the owner's rights rewrites the newest entry and recomputes its hash, so
 * the chain links perfectly. The checkpoint signed before holds the old head, and the steward's API says so.
 */
@MarketplaceTest
class RewritingTheHeadOfTheAuditTrailTest implements FreshDatabase {

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditFixtures fixtures;

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void a_head_rewritten_with_a_fresh_hash_no_longer_matches_the_checkpoint() throws SQLException {
        String steward = accounts.tokenFor(accounts.steward());
        AuditEntry head = fixtures.decide("award.published");
        AuditCheckpoint anchor = checkpoints.publish();
        AuditEntry forged = AuditEntry.next(
                head.sequence(),
                head.recordedAt(),
                head.actor(),
                AuditEvent.of(
                                "award.published",
                                head.event().subjectType(),
                                head.event().subjectId(),
                                "someone else won")
                        .because(head.event().reason()),
                head.previousHash());

        fixtures.executeAsDatabaseOwner("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
        fixtures.executeAsDatabaseOwner("update audit_entry set after_summary = 'someone else won', entry_hash = '"
                + forged.entryHash() + "' where sequence = " + head.sequence());
        fixtures.executeAsDatabaseOwner("alter table audit_entry enable trigger audit_entry_no_update_or_delete");

        String verification = portal.api(steward).get("/api/audit/verification").body();
        assertThat(verification)
                .contains(
                        "\"intact\":false",
                        "\"firstBrokenSequence\":" + head.sequence(),
                        "is not the entry the checkpoint");
        assertThat(portal.api(steward).get("/api/audit/checkpoints").body())
                .contains(anchor.headHash(), anchor.signature());
    }
}
