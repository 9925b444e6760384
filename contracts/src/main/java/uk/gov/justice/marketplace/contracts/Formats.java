package uk.gov.justice.marketplace.contracts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a document writes figures, as {@code fmt} in every template: ${fmt.money(value)}, ${fmt.date(day)}. */
public final class Formats {

    private final DateTimeFormatter dates;

    Formats(ContractTerms.Language language) {
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Labels.locale(language));
    }

    /** Pounds as "£1,000.00" in both languages; another currency as the amount and its code. */
    public String money(BigDecimal amount, String currency) {
        if (!"GBP".equals(currency)) {
            return amount.toPlainString() + " " + currency;
        }
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    public String money(BigDecimal amount) {
        return money(amount, "GBP");
    }

    public String date(LocalDate day) {
        return dates.format(day);
    }

    /** "20%", "12.5%": no trailing zeros. */
    public String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
