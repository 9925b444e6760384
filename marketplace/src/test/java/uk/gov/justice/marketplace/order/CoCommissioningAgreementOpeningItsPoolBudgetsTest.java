package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * A co-commissioning agreement takes effect and opens its pool through the port; a variation resizes the same
 * budget rather than opening a second, and the host sees it among the budgets it may charge orders to.
 */
@MarketplaceTest
class CoCommissioningAgreementOpeningItsPoolBudgetsTest implements FreshDatabase {

    private static final FinancialYear YEAR = new FinancialYear(2026);

    private static final PoolBudgets.Purchases WEST_YORKSHIRE =
            new PoolBudgets.Purchases(List.of(), List.of("west-yorkshire"));

    @Inject
    PoolBudgets pools;

    @Inject
    Budgets budgets;

    @Inject
    Accounts accounts;

    @Test
    void a_pool_opened_then_resized_is_one_budget_the_host_can_charge_orders_to() {
        Viewer host = accounts.viewer(accounts.commissioner("West Yorkshire PCC"));
        UUID agreement = UUID.randomUUID();

        UUID opened = pools.openOrResize(
                agreement, host.organisationId(), YEAR, Money.pounds("50000"), "Mentoring pool", WEST_YORKSHIRE);
        UUID resized = pools.openOrResize(
                agreement, host.organisationId(), YEAR, Money.pounds("60000"), "Mentoring pool", WEST_YORKSHIRE);

        assertThat(resized).isEqualTo(opened);
        assertThat(pools.committed(opened)).isEqualTo(Money.pounds("0"));
        assertThat(budgets.heldBy(host)).singleElement().satisfies(standing -> {
            assertThat(standing.budget().isPool()).isTrue();
            assertThat(standing.budget().amount()).isEqualTo(Money.pounds("60000"));
            assertThat(standing.remaining()).isEqualTo(Money.pounds("60000"));
        });
    }

    @Test
    void each_funder_of_an_aligned_agreement_gets_a_budget_line_of_its_own() {
        Viewer pcc = accounts.viewer(accounts.commissioner("North Yorkshire PCC"));
        Viewer region = accounts.viewer(accounts.commissioner("Probation Service Yorkshire and the Humber"));
        UUID agreement = UUID.randomUUID();

        UUID first = pools.openOrResize(
                agreement, pcc.organisationId(), YEAR, Money.pounds("30000"), "Aligned", WEST_YORKSHIRE);
        UUID second = pools.openOrResize(
                agreement, region.organisationId(), YEAR, Money.pounds("20000"), "Aligned", WEST_YORKSHIRE);

        assertThat(first).isNotEqualTo(second);
        assertThat(budgets.heldBy(region)).extracting(s -> s.budget().id()).containsExactly(second);
    }
}
