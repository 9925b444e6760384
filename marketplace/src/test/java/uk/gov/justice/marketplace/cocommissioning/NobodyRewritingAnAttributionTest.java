package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * Once spend is attributed to a funder it stays so: the database refuses to change, remove or truncate an
 * attribution, even for the service's own role (an injection, a stolen pool password), and an invoice told twice is
 * attributed once.
 */
@MarketplaceTest
class NobodyRewritingAnAttributionTest implements FreshDatabase {

    @Inject
    AttributionStore store;

    @Inject
    AuditFixtures fixtures;

    @Inject
    TransactionOperations<Connection> transactions;

    void add(Attribution row) {
        transactions.executeWrite(status -> {
            store.add(List.of(row));
            return null;
        });
    }

    List<Attribution> kept(UUID agreement) {
        return transactions.executeRead(status -> store.ofAgreement(agreement));
    }

    static Attribution attribution(UUID invoice, UUID funder, String amount) {
        return new Attribution(
                UUID.randomUUID(),
                invoice,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                Funding.POOLED,
                funder,
                Share.percent("60"),
                Money.pounds(amount),
                LocalDate.of(2026, 6, 15),
                "leeds",
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.parse("2026-06-15T10:00:00Z"));
    }

    @Test
    void an_attribution_cannot_be_changed_removed_or_truncated() {
        Attribution row = attribution(UUID.randomUUID(), UUID.randomUUID(), "1500");
        add(row);

        for (String change : new String[] {
            "update spend_attribution set amount = 0",
            "update spend_attribution set funder_id = gen_random_uuid()",
            "delete from spend_attribution",
            "truncate spend_attribution"
        }) {
            assertThatThrownBy(() -> fixtures.executeAsTheService(change))
                    .as(change)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        assertThat(kept(row.agreementId())).singleElement().satisfies(kept -> assertThat(kept.amount())
                .isEqualTo(Money.pounds("1500")));
    }

    @Test
    void even_the_database_owner_cannot_change_an_attribution() {
        add(attribution(UUID.randomUUID(), UUID.randomUUID(), "1500"));

        for (String change : new String[] {
            "update spend_attribution set amount = 0", "delete from spend_attribution", "truncate spend_attribution"
        }) {
            assertThatThrownBy(() -> fixtures.executeAsDatabaseOwner(change))
                    .as(change)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void an_invoice_told_twice_is_attributed_once() {
        Attribution first = attribution(UUID.randomUUID(), UUID.randomUUID(), "1500");
        Attribution again = new Attribution(
                UUID.randomUUID(),
                first.invoiceId(),
                first.orderId(),
                first.budgetId(),
                first.agreementId(),
                2,
                Funding.POOLED,
                first.funderId(),
                Share.percent("70"),
                Money.pounds("1750"),
                first.spentOn(),
                first.area(),
                first.serviceId(),
                first.providerId(),
                first.recordedAt());

        add(first);
        add(again);

        assertThat(kept(first.agreementId())).singleElement().satisfies(kept -> {
            assertThat(kept.amount()).isEqualTo(Money.pounds("1500"));
            assertThat(kept.agreementVersion()).isEqualTo(1);
        });
    }
}
