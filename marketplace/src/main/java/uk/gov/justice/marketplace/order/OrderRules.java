package uk.gov.justice.marketplace.order;

import java.util.Map;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;

/** The rules an order must meet to be placed, a delivery to be recorded and an invoice to be raised. */
final class OrderRules {

    private OrderRules() {}

    /**
     * What placing an order is judged on. {@code unitsLeft}: the service's capacity still free in the period now
     * (the provider's acceptance reserves it under a row lock, so this is the buyer's early warning, not the
     * guarantee); {@code budgetLeft}: the budget's amount less what other orders commit, read under its row lock.
     */
    record Placing(int units, int minimumOrder, int unitsLeft, Money amount, Money budgetLeft, Money largestOrder) {}

    static final Policy<Placing> UNITS_POSITIVE =
            Policy.onField("units", "order.error.units.positive", p -> p.units() > 0);

    static final Policy<Placing> AT_LEAST_MINIMUM = new Policy<>(
            "order.error.units.belowMinimum",
            "units",
            p -> p.units() <= 0 || p.units() >= p.minimumOrder(),
            p -> Map.of("minimum", p.minimumOrder()));

    static final Policy<Placing> CAPACITY_LEFT = new Policy<>(
            "order.error.units.noCapacity",
            "units",
            p -> p.units() <= 0 || p.units() <= p.unitsLeft(),
            p -> Map.of("left", p.unitsLeft()));

    static final Policy<Placing> WITHIN_BUDGET = new Policy<>(
            "order.error.budget.exceeded",
            "budgetId",
            p -> !p.amount().isMoreThan(p.budgetLeft()),
            p -> Map.of("left", p.budgetLeft().amount(), "amount", p.amount().amount()));

    static final Policy<Placing> WITHIN_APPROVER_LIMIT = new Policy<>(
            "order.error.amount.aboveLimit",
            "units",
            p -> !p.amount().isMoreThan(p.largestOrder()),
            p -> Map.of("limit", p.largestOrder().amount(), "amount", p.amount().amount()));

    static final Policies<Placing> PLACING =
            Policies.of(UNITS_POSITIVE, AT_LEAST_MINIMUM, CAPACITY_LEFT, WITHIN_BUDGET, WITHIN_APPROVER_LIMIT);

    /** Whether a co-commissioned pool's agreement names the service ordered and covers the order's area. */
    record PoolPurchase(boolean serviceNamed, boolean areaCovered) {}

    static final Policies<PoolPurchase> POOL_PURCHASE = Policies.of(
            Policy.onField("serviceId", "order.error.pool.service", PoolPurchase::serviceNamed),
            Policy.onField("area", "order.error.pool.area", PoolPurchase::areaCovered));

    record Delivering(int units, int ordered, int delivered) {}

    static final Policies<Delivering> DELIVERY = Policies.of(
            Policy.onField("units", "order.error.units.positive", d -> d.units() > 0),
            new Policy<>(
                    "order.error.delivery.moreThanOrdered",
                    "units",
                    d -> d.units() <= 0 || d.delivered() + d.units() <= d.ordered(),
                    d -> Map.of("left", d.ordered() - d.delivered())));

    record Invoicing(int units, int ordered, int invoiced) {}

    static final Policies<Invoicing> INVOICING = Policies.of(
            Policy.onField("units", "order.error.units.positive", i -> i.units() > 0),
            new Policy<>(
                    "order.error.invoice.moreThanOrdered",
                    "units",
                    i -> i.units() <= 0 || i.invoiced() + i.units() <= i.ordered(),
                    i -> Map.of("left", i.ordered() - i.invoiced())));
}
