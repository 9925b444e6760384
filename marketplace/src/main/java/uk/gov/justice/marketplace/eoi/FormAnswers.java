package uk.gov.justice.marketplace.eoi;

import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns what was typed into a form into answers. A blank stays unanswered (drafts may be partial); what cannot be
 * read at all (letters in an amount, a choice that was never offered) is refused by field so the page can say so.
 */
final class FormAnswers {

    static final String YES = "yes";
    static final String NO = "no";

    private final List<InvalidInput> problems = new ArrayList<>();

    String text(String typed) {
        return isBlank(typed) ? null : typed.trim();
    }

    Boolean bool(String field, String typed) {
        if (isBlank(typed)) {
            return null;
        }
        return switch (typed) {
            case YES -> true;
            case NO -> false;
            default -> refuse(field);
        };
    }

    <E extends Enum<E>> E choice(String field, String typed, Class<E> type) {
        return read(field, typed, t -> Enum.valueOf(type, t));
    }

    Money pounds(String field, String typed) {
        return read(field, typed == null ? null : typed.replace(",", "").replace("£", ""), Money::pounds);
    }

    BigDecimal decimal(String field, String typed) {
        return read(field, typed == null ? null : typed.replace("%", ""), BigDecimal::new);
    }

    Integer whole(String field, String typed) {
        return read(field, typed == null ? null : typed.replace(",", ""), Integer::valueOf);
    }

    /** The answers, or every field that could not be read. */
    <T> T answers(T answers) {
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
        return answers;
    }

    static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? YES : NO;
    }

    static String plain(Object answer) {
        return answer == null ? null : answer.toString();
    }

    private <T> T read(String field, String typed, Function<String, T> reader) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return reader.apply(typed.trim());
        } catch (IllegalArgumentException e) {
            return refuse(field);
        }
    }

    private <T> T refuse(String field) {
        problems.add(new InvalidInput(field, "error.eoi.invalid"));
        return null;
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
