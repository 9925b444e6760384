package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;

/** What one funder commits for one financial year: an amount, or a share of that year's total (never both). */
public record Contribution(FinancialYear year, @Nullable Money amount, @Nullable Share share) {

    public Contribution {
        if (year == null || (amount == null) == (share == null)) {
            throw new IllegalArgumentException("A contribution is an amount or a share of the total, for a year");
        }
    }

    public static Contribution of(FinancialYear year, Money amount) {
        return new Contribution(year, amount, null);
    }

    public static Contribution shareOf(FinancialYear year, Share share) {
        return new Contribution(year, null, share);
    }

    /** The pounds it comes to against the year's total. */
    public Money against(Money total) {
        return amount != null ? amount : total.times(share.fraction());
    }

    /** The share of the year's total it comes to, to two decimal places of a percent. */
    public Share shareOfTotal(Money total) {
        if (share != null) {
            return share;
        }
        BigDecimal percent = amount.amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(total.amount(), 2, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(100));
        return new Share(percent);
    }
}
