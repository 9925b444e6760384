package uk.gov.justice.marketplace.order;

import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * The budgets a co-commissioning agreement holds: one pooled budget per financial year, held by the host
 * commissioner, or (aligned funding) one line per funder. Orders are charged to them like any other budget; a budget
 * never shrinks below what orders already committed against it.
 */
public interface PoolBudgets {

    /**
     * Opens (or, called again for the same agreement, funder and year, resizes) a budget; answers its id. The budget
     * then buys only what the version now in force names: an order for another service, or an area outside them, is
     * refused.
     */
    UUID openOrResize(UUID agreementId, UUID holderId, FinancialYear year, Money amount, String name, Purchases buys);

    /** The rate-card services (by id) and the areas (reference codes, an order's area inside one) a pool may buy. */
    record Purchases(List<UUID> serviceIds, List<String> areas) {

        public Purchases {
            serviceIds = List.copyOf(serviceIds);
            areas = List.copyOf(areas);
        }
    }

    /** Money committed (orders placed and not cancelled, less nothing) against a budget. */
    Money committed(UUID budgetId);
}
