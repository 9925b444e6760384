package uk.gov.justice.marketplace.order;

import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * The budgets a co-commissioning agreement holds: one pooled budget per financial year, held by the host
 * commissioner, or (aligned funding) one line per funder. Orders are charged to them like any other budget; a budget
 * never shrinks below what orders already committed against it.
 */
public interface PoolBudgets {

    /** Opens (or, called again for the same agreement, funder and year, resizes) a budget; answers its id. */
    UUID openOrResize(UUID agreementId, UUID holderId, FinancialYear year, Money amount, String name);

    /** Money committed (orders placed and not cancelled, less nothing) against a budget. */
    Money committed(UUID budgetId);
}
