package uk.gov.justice.marketplace.common;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One named rule of a decision: it holds for a subject, or it refuses with a reason (a message key, the field at
 * fault if the rule is about an answer, and the values it found). A decision keeps its rules in one
 * {@link Policies} list, so reading the list is reading the rules.
 *
 * @param key   the message key that tells the refusal (or names the flag)
 * @param field the answer at fault, or null for a rule about the whole subject
 * @param holds whether the subject passes
 * @param found the values the reason reports (the limit and what was found, say)
 */
public record Policy<T>(String key, String field, Predicate<T> holds, Function<T, Map<String, Object>> found) {

    /** A rule about one answer, refusing with its message key and nothing more to report. */
    public static <T> Policy<T> onField(String field, String key, Predicate<T> holds) {
        return new Policy<>(key, field, holds, t -> Map.of());
    }

    /** A rule about the subject as a whole, reporting the values it found when it refuses. */
    public static <T> Policy<T> named(String key, Predicate<T> holds, Function<T, Map<String, Object>> found) {
        return new Policy<>(key, null, holds, found);
    }

    public Optional<Reason> judge(T subject) {
        return holds.test(subject) ? Optional.empty() : Optional.of(new Reason(key, field, found.apply(subject)));
    }

    /** Why a rule refused: the message key, the field if any, and the values found. */
    public record Reason(String key, String field, Map<String, Object> found) {

        public Reason {
            found = Map.copyOf(found);
        }

        public InvalidInput asInvalidInput() {
            return new InvalidInput(field, key);
        }
    }
}
