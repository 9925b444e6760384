package uk.gov.justice.marketplace.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads reference/bank-holidays.yml and adds the operator's extra days. */
final class BankHolidayRulesLoader {

    static final String FILE = "reference/bank-holidays.yml";
    private static final Label EXTRA = new Label("Bank holiday", "Gŵyl banc");

    private BankHolidayRulesLoader() {}

    static BankHolidays load(YamlEntries file, CalendarSettings settings) {
        List<BankHolidays.Rule> rules =
                file.list("rules").stream().map(entry -> rule(file, entry)).toList();
        if (rules.isEmpty()) {
            throw file.fail("lists no rules");
        }
        List<BankHolidays.Move> moves = file.list("moved").stream()
                .map(entry -> new BankHolidays.Move(file.date(entry, "from"), file.date(entry, "to")))
                .toList();
        List<Holiday> oneOffs = new ArrayList<>(file.list("oneOff").stream()
                .map(entry -> new Holiday(file.date(entry, "date"), file.label(entry, "name", "nameCy")))
                .toList());
        for (LocalDate extra : settings.extraHolidays()) {
            oneOffs.add(new Holiday(extra, EXTRA));
        }
        return new BankHolidays(rules, moves, oneOffs);
    }

    private static BankHolidays.Rule rule(YamlEntries file, Map<String, Object> entry) {
        Label name = file.label(entry, "name", "nameCy");
        Integer easterOffset = integer(entry, "easterOffset");
        Integer month = integer(entry, "month");
        Integer day = integer(entry, "day");
        Integer nth = integer(entry, "nth");
        DayOfWeek weekday = entry.containsKey("weekday") ? DayOfWeek.valueOf(file.text(entry, "weekday")) : null;
        boolean fixed = month != null && day != null;
        boolean nthWeekday = month != null && weekday != null && nth != null && nth != 0;
        if (easterOffset == null && !fixed && !nthWeekday) {
            throw file.fail("rule '" + name.en() + "' needs easterOffset, month and day, or month, weekday and nth");
        }
        return new BankHolidays.Rule(name, month, day, weekday, nth, easterOffset);
    }

    private static Integer integer(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : Integer.valueOf(value.toString());
    }
}
