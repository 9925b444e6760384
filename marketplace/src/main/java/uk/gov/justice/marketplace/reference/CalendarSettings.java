package uk.gov.justice.marketplace.reference;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.LocalDate;
import java.util.List;

/**
 * One-off bank holidays an operator adds between releases (MARKETPLACE_CALENDAR_EXTRA_HOLIDAYS=2027-06-07,...),
 * on top of reference/bank-holidays.yml.
 */
@ConfigurationProperties("marketplace.calendar")
public record CalendarSettings(@Bindable(defaultValue = "") List<LocalDate> extraHolidays) {

    public CalendarSettings {
        extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    }
}
