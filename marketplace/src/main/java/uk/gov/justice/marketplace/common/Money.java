package uk.gov.justice.marketplace.common;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in a currency (its ISO 4217 code), to the smallest unit the currency has; never a
 * floating-point number.
 */
@Serdeable
public record Money(BigDecimal amount, String currency) {

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

    public boolean isNegative() {
        return amount.signum() < 0;
    }
}
