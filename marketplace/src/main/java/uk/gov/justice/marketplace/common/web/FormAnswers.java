package uk.gov.justice.marketplace.common.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;

/**
 * Turns what was typed into a form into typed answers. A blank stays unanswered (drafts may be partial); what cannot be
 * read at all (letters in an amount, a choice that was never offered) is refused by field so the page can say so.
 */
public final class FormAnswers {

    public static final String YES = "yes";
    public static final String NO = "no";

    private final List<InvalidInput> problems = new ArrayList<>();

    public String text(String typed) {
        return isBlank(typed) ? null : typed.trim();
    }

    public Boolean bool(String field, String typed) {
        if (isBlank(typed)) {
            return null;
        }
        return switch (typed) {
            case YES -> true;
            case NO -> false;
            default -> refuse(field);
        };
    }

    public <E extends Enum<E>> E choice(String field, String typed, Class<E> type) {
        return read(field, typed, t -> Enum.valueOf(type, t));
    }

    public Money pounds(String field, String typed) {
        return read(field, typed == null ? null : typed.replace(",", "").replace("£", ""), Money::pounds);
    }

    public BigDecimal decimal(String field, String typed) {
        return read(field, typed == null ? null : typed.replace("%", ""), BigDecimal::new);
    }

    public Integer whole(String field, String typed) {
        return read(field, typed == null ? null : typed.replace(",", ""), Integer::valueOf);
    }

    /** A date typed as day, month and year (the GOV.UK date input); blank if all three are. */
    public LocalDate date(String field, String day, String month, String year) {
        if (isBlank(day) && isBlank(month) && isBlank(year)) {
            return null;
        }
        return read(field, String.join("-", String.valueOf(year).trim(), pad(month), pad(day)), LocalDate::parse);
    }

    /** The answers, or every field that could not be read. */
    public <T> T answers(T answers) {
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        return answers;
    }

    public static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? YES : NO;
    }

    public static String plain(Object answer) {
        return answer == null ? null : answer.toString();
    }

    private static String pad(String part) {
        String trimmed = part == null ? "" : part.trim();
        return trimmed.length() == 1 ? "0" + trimmed : trimmed;
    }

    private <T> T read(String field, String typed, Function<String, T> reader) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return reader.apply(typed.trim());
        } catch (IllegalArgumentException | DateTimeException e) {
            return refuse(field);
        }
    }

    private <T> T refuse(String field) {
        problems.add(new InvalidInput(field, "error.form.unreadable"));
        return null;
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
