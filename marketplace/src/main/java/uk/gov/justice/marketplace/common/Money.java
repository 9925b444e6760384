package uk.gov.justice.marketplace.common;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;

/**
 * An amount of money in a currency (its ISO 4217 code), to the smallest unit the currency has; never a
 * floating-point number. Arithmetic and comparison refuse to mix currencies, so a sum is always of like with like.
 * How an amount is written for a reader is the web layer's business.
 */
@Serdeable
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final String GBP = "GBP";

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("Money needs an amount and a currency");
        }
        int places = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > places) {
            throw new IllegalArgumentException("Money in " + currency + " has at most " + places + " decimal places");
        }
    }

    public static Money pounds(String amount) {
        return new Money(new BigDecimal(amount), GBP);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The total of amounts all in the given currency; nothing to add up is zero in it. */
    public static Money sum(Collection<Money> amounts, String currency) {
        return amounts.stream().reduce(zero(currency), Money::plus);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount times a factor, rounded half up to the currency's smallest unit (a penny for pounds). */
    public Money times(BigDecimal factor) {
        int places = Currency.getInstance(currency).getDefaultFractionDigits();
        return new Money(amount.multiply(factor).setScale(places, RoundingMode.HALF_UP), currency);
    }

    /** Compares by value, so 10 and 10.00 pounds are the same amount. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** 10 and 10.00 pounds are equal, as they compare. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " with " + other.currency);
        }
        return other;
    }
}
