package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * Money a commissioner may commit to orders in one financial year: its own ({@code agreementId} null, set by its
 * organisation admin) or a co-commissioning pool's, opened and resized as the agreement's versions take effect.
 */
public record Budget(
        UUID id, UUID holderId, @Nullable UUID agreementId, FinancialYear year, String name, Money amount) {

    public boolean isPool() {
        return agreementId != null;
    }

    /** A budget as its holder reads it: what orders commit against it, what was confirmed spent, what is left. */
    public record Standing(Budget budget, Money committed, Money spent) {

        public Money remaining() {
            return budget.amount().minus(committed);
        }
    }
}
