package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.order.PoolBudgets;

/**
 * The budgets an agreement opened, kept in memory while the orders module's own PoolBudgets is on another branch;
 * secondary, so the real one is used wherever it exists.
 */
@Singleton
@Secondary
class PoolBudgetsUntilOrdersLands implements PoolBudgets {

    record Opened(UUID agreementId, UUID holderId, FinancialYear year, Money amount) {}

    private final Map<List<Object>, UUID> ids = new ConcurrentHashMap<>();
    private final Map<UUID, Opened> budgets = new ConcurrentHashMap<>();

    @Override
    public UUID openOrResize(UUID agreementId, UUID holderId, FinancialYear year, Money amount, String name) {
        UUID id = ids.computeIfAbsent(List.of(agreementId, holderId, year), k -> UUID.randomUUID());
        budgets.put(id, new Opened(agreementId, holderId, year, amount));
        return id;
    }

    @Override
    public Money committed(UUID budgetId) {
        return Money.zero(Money.GBP);
    }

    Opened opened(UUID budgetId) {
        return budgets.get(budgetId);
    }
}
