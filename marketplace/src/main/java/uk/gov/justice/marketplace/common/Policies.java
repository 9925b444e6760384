package uk.gov.justice.marketplace.common;

import java.util.List;
import java.util.Optional;

/** The rules of one decision, in the order they are reported; every rule is judged so all reasons come at once. */
public record Policies<T>(List<Policy<T>> rules) {

    public Policies {
        rules = List.copyOf(rules);
    }

    @SafeVarargs
    public static <T> Policies<T> of(Policy<T>... rules) {
        return new Policies<>(List.of(rules));
    }

    public List<Policy.Reason> reasons(T subject) {
        return rules.stream()
                .map(rule -> rule.judge(subject))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Refuses the subject with every field-named reason at once, or lets it through. */
    public void require(T subject) {
        List<InvalidInput> problems =
                reasons(subject).stream().map(Policy.Reason::asInvalidInput).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputs(problems);
        }
    }
}
