package uk.gov.justice.marketplace.common;

import java.time.LocalDate;
import java.time.Month;

/**
 * A public-sector financial year, 1 April to 31 March, named by the calendar year it starts in ("2026-27" starts on
 * 1 April 2026). Budgets, contributions and spend reports all count in these years and their quarters.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("A financial year starts between 2000 and 2200");
        }
    }

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** "2026-27", as budgets are named in England and Wales. */
    public static FinancialYear parse(String name) {
        if (name == null || !name.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("A financial year is written like 2026-27");
        }
        FinancialYear year = new FinancialYear(Integer.parseInt(name.substring(0, 4)));
        if (!year.toString().equals(name)) {
            throw new IllegalArgumentException("A financial year is written like 2026-27");
        }
        return year;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** The quarter of this year a day falls in, 1 (April to June) to 4 (January to March). */
    public int quarterOf(LocalDate day) {
        if (!contains(day)) {
            throw new IllegalArgumentException(day + " is not in " + this);
        }
        return (day.getMonthValue() + 8) % 12 / 3 + 1;
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
