package uk.gov.justice.marketplace.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of any year, worked out from the rules in reference/bank-holidays.yml: fixed dates with
 * substitution, "first/last Monday" rules, Easter, then proclaimed moves and one-off days.
 */
public final class BankHolidays {

    /** One rule of the data file. */
    record Rule(Label name, Integer month, Integer day, DayOfWeek weekday, Integer nth, Integer easterOffset) {

        boolean isFixedDate() {
            return day != null;
        }

        LocalDate in(int year) {
            if (easterOffset != null) {
                return easterSunday(year).plusDays(easterOffset);
            }
            if (isFixedDate()) {
                return LocalDate.of(year, month, day);
            }
            LocalDate first = LocalDate.of(year, month, 1);
            return nth < 0
                    ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
        }
    }

    record Move(LocalDate from, LocalDate to) {}

    private final List<Rule> rules;
    private final List<Move> moves;
    private final List<Holiday> oneOffs;
    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    BankHolidays(List<Rule> rules, List<Move> moves, List<Holiday> oneOffs) {
        this.rules = List.copyOf(rules);
        this.moves = List.copyOf(moves);
        this.oneOffs = List.copyOf(oneOffs);
    }

    public List<Holiday> in(int year) {
        return List.copyOf(year(year).values());
    }

    public boolean isHoliday(LocalDate date) {
        return year(date.getYear()).containsKey(date);
    }

    private Map<LocalDate, Holiday> year(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, Holiday> compute(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        List<Rule> onWeekends = new ArrayList<>();
        for (Rule rule : rules) {
            LocalDate date = rule.in(year);
            if (rule.isFixedDate() && isWeekend(date)) {
                onWeekends.add(rule);
            } else {
                days.put(date, new Holiday(date, rule.name()));
            }
        }
        // Substitutes come after every holiday that keeps its own day, so they never take one's place.
        for (Rule rule : onWeekends) {
            LocalDate substitute = rule.in(year);
            while (isWeekend(substitute) || days.containsKey(substitute)) {
                substitute = substitute.plusDays(1);
            }
            days.put(substitute, new Holiday(substitute, rule.name()));
        }
        for (Move move : moves) {
            Holiday moved = days.remove(move.from());
            if (moved != null) {
                days.put(move.to(), new Holiday(move.to(), moved.name()));
            }
        }
        oneOffs.stream().filter(h -> h.date().getYear() == year).forEach(h -> days.put(h.date(), h));
        return days;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, Month.of(month), day);
    }
}
