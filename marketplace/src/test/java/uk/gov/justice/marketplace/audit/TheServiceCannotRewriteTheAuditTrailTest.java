package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * Whoever takes over the running service (an injection, a stolen pool password) holds only its database role: it
 * appends to the trail and reads it, and can neither switch the guard off nor change or remove a row.
 */
@MarketplaceTest
class TheServiceCannotRewriteTheAuditTrailTest implements FreshDatabase {

    @Inject
    AuditFixtures fixtures;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditLog log;

    @Test
    void the_services_role_cannot_disable_the_append_only_triggers() {
        fixtures.decide("award.published");

        assertThatThrownBy(() -> fixtures.executeAsTheService(
                        "alter table audit_entry disable trigger audit_entry_no_update_or_delete"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> fixtures.executeAsTheService("alter table audit_checkpoint disable trigger all"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("must be owner");
    }

    @Test
    void the_services_role_cannot_change_or_remove_an_entry_or_a_checkpoint() {
        fixtures.decide("award.published");
        checkpoints.publish();

        for (String change : new String[] {
            "update audit_entry set reason = 'nothing to see'",
            "delete from audit_entry",
            "truncate audit_entry",
            "update audit_checkpoint set entry_count = 0",
            "delete from audit_checkpoint",
            "truncate audit_checkpoint"
        }) {
            assertThatThrownBy(() -> fixtures.executeAsTheService(change))
                    .as(change)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void the_services_role_cannot_add_tables_of_its_own() {
        assertThatThrownBy(() -> fixtures.executeAsTheService("create table audit_entry_copy (sequence bigint)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void the_services_role_still_reads_and_writes_the_other_tables() throws SQLException {
        fixtures.executeAsTheService("select count(*) from audit_entry");
        fixtures.executeAsTheService("update email_outbox set attempts = attempts where false");
        fixtures.executeAsTheService("delete from notice where false");
    }
}
