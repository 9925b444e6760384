package uk.gov.justice.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policy;

/** What placing an order is refused for, each reason naming the answer at fault, judged without HTTP. */
class OrderRulesTest {

    private static final Money LIMIT = Money.pounds("250000");

    @Test
    void zero_or_negative_units_are_refused_on_the_units_alone() {
        assertThat(reasons(new OrderRules.Placing(0, 1, 10, Money.pounds("0"), Money.pounds("1000"), LIMIT)))
                .extracting(Policy.Reason::key, Policy.Reason::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order.error.units.positive", "units"));
        assertThat(reasons(new OrderRules.Placing(-3, 1, 10, Money.pounds("-255"), Money.pounds("1000"), LIMIT)))
                .extracting(Policy.Reason::key)
                .containsExactly("order.error.units.positive");
    }

    @Test
    void an_order_below_the_minimum_or_beyond_the_capacity_left_is_refused_saying_the_figure() {
        assertThat(reasons(new OrderRules.Placing(2, 5, 3, Money.pounds("170"), Money.pounds("1000"), LIMIT)))
                .extracting(Policy.Reason::key, Policy.Reason::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "order.error.units.belowMinimum", java.util.Map.of("minimum", 5)));
        assertThat(reasons(new OrderRules.Placing(4, 1, 3, Money.pounds("340"), Money.pounds("1000"), LIMIT)))
                .extracting(Policy.Reason::key, Policy.Reason::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "order.error.units.noCapacity", java.util.Map.of("left", 3)));
    }

    @Test
    void an_order_over_the_remaining_budget_is_refused_on_the_budget() {
        assertThat(reasons(new OrderRules.Placing(12, 1, 50, Money.pounds("1020"), Money.pounds("1000"), LIMIT)))
                .extracting(Policy.Reason::key, Policy.Reason::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order.error.budget.exceeded", "budgetId"));
        assertThat(reasons(new OrderRules.Placing(12, 1, 50, Money.pounds("1000"), Money.pounds("1000"), LIMIT)))
                .as("the last pound of a budget can be spent")
                .isEmpty();
    }

    @Test
    void an_order_above_the_approvers_limit_is_refused_however_much_budget_is_left() {
        assertThat(reasons(
                        new OrderRules.Placing(3000, 1, 5000, Money.pounds("255000"), Money.pounds("1000000"), LIMIT)))
                .extracting(Policy.Reason::key)
                .containsExactly("order.error.amount.aboveLimit");
    }

    @Test
    void a_pool_refuses_a_service_or_an_area_its_agreement_does_not_name_each_on_its_own_answer() {
        assertThat(OrderRules.POOL_PURCHASE.reasons(new OrderRules.PoolPurchase(false, false)))
                .extracting(Policy.Reason::key, Policy.Reason::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order.error.pool.service", "serviceId"),
                        org.assertj.core.groups.Tuple.tuple("order.error.pool.area", "area"));
        assertThat(OrderRules.POOL_PURCHASE.reasons(new OrderRules.PoolPurchase(true, true)))
                .isEmpty();
    }

    private static java.util.List<Policy.Reason> reasons(OrderRules.Placing placing) {
        return OrderRules.PLACING.reasons(placing);
    }
}
