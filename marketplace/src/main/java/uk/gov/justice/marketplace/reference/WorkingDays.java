package uk.gov.justice.marketplace.reference;

import java.time.LocalDate;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Every deadline counted in working days
 * (a DPS admission decision within 10, a self-declaration refresh within 5) is counted here.
 */
public final class WorkingDays {

    private final BankHolidays holidays;

    WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !BankHolidays.isWeekend(date) && !holidays.isHoliday(date);
    }

    /** The day that is {@code count} working days after {@code start} (start itself when count is 0). */
    public LocalDate add(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Working days are counted forwards");
        }
        LocalDate day = start;
        int remaining = count;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when to is not after from. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public BankHolidays holidays() {
        return holidays;
    }
}
