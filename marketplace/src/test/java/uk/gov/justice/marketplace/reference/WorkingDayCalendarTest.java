package uk.gov.justice.marketplace.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checked against the England and Wales bank holidays published on GOV.UK. */
class WorkingDayCalendarTest {

    private static WorkingDays calendar(LocalDate... extras) {
        return new WorkingDays(BankHolidayRulesLoader.load(
                YamlEntries.fromClasspath(BankHolidayRulesLoader.FILE), new CalendarSettings(List.of(extras))));
    }

    private static final WorkingDays CALENDAR = calendar();

    private static List<String> holidays(int year) {
        return CALENDAR.holidays().in(year).stream()
                .map(h -> h.date().toString())
                .toList();
    }

    @Test
    void twenty_twenty_moves_the_early_may_holiday_to_ve_day() {
        assertThat(holidays(2020))
                .containsExactly(
                        "2020-01-01",
                        "2020-04-10",
                        "2020-04-13",
                        "2020-05-08",
                        "2020-05-25",
                        "2020-08-31",
                        "2020-12-25",
                        "2020-12-28");
    }

    @Test
    void christmas_on_a_saturday_gives_monday_and_tuesday_off() {
        assertThat(holidays(2021))
                .containsExactly(
                        "2021-01-01",
                        "2021-04-02",
                        "2021-04-05",
                        "2021-05-03",
                        "2021-05-31",
                        "2021-08-30",
                        "2021-12-27",
                        "2021-12-28");
        assertThat(holidays(2027)).contains("2027-12-27", "2027-12-28").doesNotContain("2027-12-25");
    }

    @Test
    void christmas_on_a_sunday_moves_to_tuesday_because_boxing_day_keeps_monday() {
        List<Holiday> december = CALENDAR.holidays().in(2022).stream()
                .filter(h -> h.date().getMonthValue() == 12)
                .toList();

        assertThat(december)
                .extracting(h -> h.date().toString() + " " + h.name().en())
                .containsExactly("2022-12-26 Boxing Day", "2022-12-27 Christmas Day");
    }

    @Test
    void twenty_twenty_two_has_the_jubilee_and_the_state_funeral() {
        assertThat(holidays(2022))
                .containsExactly(
                        "2022-01-03",
                        "2022-04-15",
                        "2022-04-18",
                        "2022-05-02",
                        "2022-06-02",
                        "2022-06-03",
                        "2022-08-29",
                        "2022-09-19",
                        "2022-12-26",
                        "2022-12-27");
    }

    @Test
    void twenty_twenty_three_has_the_coronation() {
        assertThat(holidays(2023))
                .containsExactly(
                        "2023-01-02",
                        "2023-04-07",
                        "2023-04-10",
                        "2023-05-01",
                        "2023-05-08",
                        "2023-05-29",
                        "2023-08-28",
                        "2023-12-25",
                        "2023-12-26");
    }

    @Test
    void twenty_twenty_six_moves_boxing_day_to_monday() {
        assertThat(holidays(2026))
                .containsExactly(
                        "2026-01-01",
                        "2026-04-03",
                        "2026-04-06",
                        "2026-05-04",
                        "2026-05-25",
                        "2026-08-31",
                        "2026-12-25",
                        "2026-12-28");
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easter_is_computed_not_listed(int year, LocalDate easter) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void ten_working_days_from_the_friday_before_christmas_2026_is_the_sixth_of_january() {
        // 21-24 Dec (4), 25 and 28 Dec bank holidays, 29-31 Dec (7), 1 Jan holiday, 4-6 Jan (10)
        assertThat(CALENDAR.add(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void five_working_days_across_easter_skip_good_friday_and_easter_monday() {
        assertThat(CALENDAR.add(LocalDate.of(2026, 3, 31), 5)).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void working_days_between_christmas_eve_and_the_first_monday_of_january() {
        assertThat(CALENDAR.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4)))
                .isEqualTo(4);
        assertThat(CALENDAR.between(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 24)))
                .isZero();
    }

    @Test
    void an_operator_can_add_a_one_off_holiday_without_a_release() {
        LocalDate proclaimed = LocalDate.of(2027, 6, 7);

        assertThat(CALENDAR.isWorkingDay(proclaimed)).isTrue();
        assertThat(calendar(proclaimed).isWorkingDay(proclaimed)).isFalse();
    }

    @Test
    void working_days_are_not_counted_backwards() {
        assertThatThrownBy(() -> CALENDAR.add(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
