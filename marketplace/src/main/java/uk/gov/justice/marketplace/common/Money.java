package uk.gov.justice.marketplace.common;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount of money in a currency, to the penny; never a floating-point number. */
public record Money(BigDecimal amount, Currency currency) {

    public static final Currency GBP = Currency.getInstance("GBP");

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("Money needs an amount and a currency");
        }
        if (amount.scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("Money is kept to the penny: " + amount);
        }
    }

    public static Money pounds(String amount) {
        return new Money(new BigDecimal(amount), GBP);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }
}
