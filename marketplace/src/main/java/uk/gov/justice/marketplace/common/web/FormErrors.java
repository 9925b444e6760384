package uk.gov.justice.marketplace.common.web;

import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;

/** What a form page shows in its error summary and beside each field. */
public record FormErrors(List<FieldError> all) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    public static FormErrors of(InvalidInputs problems, Messages messages, Locale locale) {
        return of(problems.problems(), messages, locale);
    }

    public static FormErrors of(List<InvalidInput> problems, Messages messages, Locale locale) {
        return new FormErrors(problems.stream()
                .map(p -> new FieldError(p.field(), messages.text(p.getMessage(), locale)))
                .toList());
    }

    public static FormErrors one(String field, String key, Messages messages, Locale locale) {
        return of(List.of(new InvalidInput(field, key)), messages, locale);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The first message for the field, or null so a template can leave the field without an error. */
    public String messageFor(String field) {
        return all.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
    }
}
