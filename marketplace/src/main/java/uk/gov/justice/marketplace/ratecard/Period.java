package uk.gov.justice.marketplace.ratecard;

import java.time.LocalDate;

/**
 * One period of a service's capacity: a calendar month, or a quarter of the financial year (April to June, July to
 * September, October to December, January to March), named by its first day. Orders are placed for one period, and
 * capacity is reserved in it.
 */
public record Period(CapacityPeriod kind, LocalDate start) implements Comparable<Period> {

    public Period {
        if (kind == null || start == null) {
            throw new IllegalArgumentException("A period needs its kind and its first day");
        }
        if (!start.equals(firstDay(kind, start))) {
            throw new IllegalArgumentException(
                    start + " does not start a " + kind.name().toLowerCase());
        }
    }

    public static Period containing(CapacityPeriod kind, LocalDate day) {
        return new Period(kind, firstDay(kind, day));
    }

    private static LocalDate firstDay(CapacityPeriod kind, LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return kind == CapacityPeriod.MONTH ? month : month.minusMonths((day.getMonthValue() + 8) % 3);
    }

    public LocalDate end() {
        return next().start.minusDays(1);
    }

    public Period next() {
        return new Period(kind, start.plusMonths(kind == CapacityPeriod.MONTH ? 1 : 3));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }
}
