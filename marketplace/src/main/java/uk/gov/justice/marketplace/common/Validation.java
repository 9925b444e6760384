package uk.gov.justice.marketplace.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects invalid answers instead of stopping at the first, because a GOV.UK error summary lists them all.
 * Values that check themselves (records that throw InvalidInput) are built through {@link #check}.
 */
public final class Validation {
    private final List<InvalidInput> problems = new ArrayList<>();

    public <T> T check(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInput e) {
            problems.add(e);
            return null;
        }
    }

    /** A required free-text answer: trimmed, present, and not longer than the limit. */
    public String text(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            problems.add(new InvalidInput(field, "error." + field + ".missing"));
        } else if (trimmed.length() > maxLength) {
            problems.add(new InvalidInput(field, "error." + field + ".tooLong"));
        }
        return trimmed;
    }

    /** A whole number as typed, or {@code otherwise} when nothing was typed; anything else is refused. */
    public Integer number(String field, String typed, Integer otherwise, String messageKey) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            refuse(field, messageKey);
            return otherwise;
        }
    }

    public void refuse(String field, String messageKey) {
        problems.add(new InvalidInput(field, messageKey));
    }

    public void done() {
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
    }
}
