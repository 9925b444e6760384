package uk.gov.justice.marketplace.common.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as pages show them: UK time, the month in words in the reader's language (25 November 2026). */
public final class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Dates() {}

    public static String day(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                        .withZone(UK)
                        .format(instant);
    }

    public static String dayAndTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
                        .withZone(UK)
                        .format(instant);
    }
}
