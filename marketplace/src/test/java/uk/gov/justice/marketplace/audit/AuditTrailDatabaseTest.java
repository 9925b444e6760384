package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

@MarketplaceTest
class AuditTrailDatabaseTest implements FreshDatabase {

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog log;

    @Inject
    AuditFixtures fixtures;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void each_decision_links_to_the_one_before_and_the_chain_verifies() {
        AuditEntry first = fixtures.decide("eoi.approved");
        AuditEntry second = fixtures.decide("eoi.changes-requested");

        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        fixtures.decide("eoi.approved");

        assertThatThrownBy(() -> fixtures.executeAsDatabaseOwner("update audit_entry set reason = 'nothing to see'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.executeAsDatabaseOwner("delete from audit_entry"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> fixtures.executeAsDatabaseOwner("truncate audit_entry"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void concurrent_decisions_each_get_their_own_place_in_the_chain() throws Exception {
        long before = log.verify().entriesChecked();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditEntry>> decisions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            decisions.add(pool.submit(() -> fixtures.decide("tender.scored")));
        }
        for (Future<AuditEntry> decision : decisions) {
            decision.get();
        }
        pool.shutdown();

        ChainVerification verification = log.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(before + 40);
    }

    @Test
    void a_decision_that_fails_leaves_no_record() {
        long before = log.verify().entriesChecked();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    trail.record(AuditFixtures.STEWARD, AuditEvent.of("award.published", "call-off", "c-1", "winner"));
                    throw new IllegalStateException("the award could not be saved");
                }))
                .hasMessageContaining("could not be saved");

        assertThat(log.verify().entriesChecked()).isEqualTo(before);
    }

    @Test
    void a_steward_filters_the_trail_by_action_and_actor() {
        fixtures.decide("admission.refused");
        fixtures.decide("admission.granted");

        List<AuditEntry> refusals = log.find(new AuditQuery("steward@", "admission.refused", null, null, null, 1, 10));

        assertThat(refusals).isNotEmpty().allSatisfy(e -> assertThat(e.event().action())
                .isEqualTo("admission.refused"));
    }
}
