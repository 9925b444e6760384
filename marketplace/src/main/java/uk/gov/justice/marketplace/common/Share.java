package uk.gov.justice.marketplace.common;

import java.math.BigDecimal;

/**
 * A percentage from 0 to 100, as an exact decimal: a share of risk passed on, or of a contract's value reaching
 * someone. Out-of-range values cannot be made, so a rule comparing shares never meets 120%.
 */
public record Share(BigDecimal percent) implements Comparable<Share> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Share {
        if (!fits(percent)) {
            throw new IllegalArgumentException("A share is a percentage from 0 to 100, not " + percent);
        }
    }

    public static Share percent(String percent) {
        return new Share(new BigDecimal(percent));
    }

    /** Whether the value could be a share: a caller checking answers names the field before making one. */
    public static boolean fits(BigDecimal percent) {
        return percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
    }

    /** The share as a fraction (25% is 0.25), to multiply an amount by. */
    public BigDecimal fraction() {
        return percent.divide(HUNDRED);
    }

    @Override
    public int compareTo(Share other) {
        return percent.compareTo(other.percent);
    }

    public boolean isAbove(Share other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Share other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Share s && percent.compareTo(s.percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.stripTrailingZeros().hashCode();
    }
}
