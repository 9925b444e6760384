package uk.gov.justice.marketplace.order;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.math.BigDecimal;
import uk.gov.justice.marketplace.common.Money;

/**
 * Approval by amount inside the commissioner's organisation: an order above {@code secondApprovalAbove} waits for
 * a colleague with the APPROVER role (never the person who placed it); an order above {@code largestOrder} is not
 * for the rate card at all (a substantial investment is procured, seed 002 §90) and is refused.
 */
@ConfigurationProperties("marketplace.orders")
record OrderSettings(
        @Bindable(defaultValue = "10000") BigDecimal secondApprovalAbove,
        @Bindable(defaultValue = "250000") BigDecimal largestOrder) {

    boolean needsApproval(Money amount) {
        return amount.amount().compareTo(secondApprovalAbove) > 0;
    }

    Money largestOrderIn(String currency) {
        return new Money(largestOrder, currency);
    }
}
