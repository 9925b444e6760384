package uk.gov.justice.marketplace.common.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One question on a long form, described once and used three ways: asked (the form template picks the GOV.UK
 * component by kind), shown back (check your answers) and compared (the steward's side-by-side view).
 * Words are already in the reader's language; values are as typed or saved.
 */
public record Question(
        Kind kind,
        String name,
        String id,
        String label,
        String hint,
        List<String> values,
        List<Option> options,
        String error) {

    /** Which GOV.UK component asks the question. */
    public enum Kind {
        TEXT,
        EMAIL,
        TEL,
        TEXTAREA,
        MONEY,
        NUMBER,
        PERCENT,
        DATE,
        RADIOS,
        CHECKBOXES,
        SELECT,
        HIDDEN
    }

    public Question {
        values = values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Question of(Kind kind, String name, String label, String value) {
        return new Question(kind, name, name, label, null, value == null ? List.of() : List.of(value), List.of(), null);
    }

    public static Question choice(Kind kind, String name, String label, List<String> chosen, List<Option> options) {
        return new Question(kind, name, name, label, null, chosen, options, null);
    }

    public Question withId(String newId) {
        return new Question(kind, name, newId, label, hint, values, options, error);
    }

    public Question withLabel(String text) {
        return new Question(kind, name, id, text, hint, values, options, error);
    }

    public Question withHint(String text) {
        return new Question(kind, name, id, label, text, values, options, error);
    }

    public Question withError(String message) {
        return new Question(kind, name, id, label, hint, values, options, message);
    }

    /** The single answer, for inputs and radios. */
    public String value() {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The answer as a reader sees it: option labels rather than codes, a date as day month year. */
    public String display() {
        if (kind == Kind.DATE) {
            return String.join(" ", values);
        }
        if (options.isEmpty()) {
            return String.join(", ", values);
        }
        return options.stream()
                .filter(o -> values.contains(o.value()))
                .map(Option::label)
                .collect(Collectors.joining(", "));
    }

    public boolean isShown() {
        return kind != Kind.HIDDEN;
    }
}
