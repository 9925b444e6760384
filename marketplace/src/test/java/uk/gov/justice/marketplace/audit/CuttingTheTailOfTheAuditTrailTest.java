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
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * In a database of its own: someone with the owner's rights removes the newest entries, which leaves a chain whose
 * every link still holds. Only the signed checkpoint published before the cut gives them away.
 */
@MarketplaceTest
class CuttingTheTailOfTheAuditTrailTest implements FreshDatabase {

    @Inject
    AuditLog log;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditFixtures fixtures;

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void removing_the_newest_entries_is_reported_against_the_last_checkpoint() throws SQLException {
        PortalClient steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);
        fixtures.decide("admission.granted");
        fixtures.decide("award.published");
        AuditCheckpoint anchor = checkpoints.publish();
        long keep = anchor.entryCount() - 2;

        fixtures.executeAsDatabaseOwner("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
        fixtures.executeAsDatabaseOwner("delete from audit_entry where sequence > " + keep);
        fixtures.executeAsDatabaseOwner("alter table audit_entry enable trigger audit_entry_no_update_or_delete");

        ChainVerification verification = log.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.entriesChecked()).isEqualTo(keep);
        assertThat(verification.firstBrokenSequence()).isEqualTo(keep + 1);
        assertThat(verification.problem()).contains("newest entries are missing", "counted " + anchor.entryCount());
        assertThat(verification.lastCheckpoint()).isEqualTo(anchor);
        assertThat(steward.get("/audit").body())
                .contains("govuk-tag--red", "First broken entry: " + (keep + 1), anchor.entryCount() + " entries at");
    }
}
