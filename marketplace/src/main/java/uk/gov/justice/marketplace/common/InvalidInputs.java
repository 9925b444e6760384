package uk.gov.justice.marketplace.common;

import java.util.List;

/** Everything wrong with a submitted form or request at once, so the user can fix it all in one go. */
public class InvalidInputs extends Refusal {
    private final List<InvalidInput> problems;

    public InvalidInputs(List<InvalidInput> problems) {
        super(problems.size() + " invalid answers");
        this.problems = List.copyOf(problems);
    }

    public List<InvalidInput> problems() {
        return problems;
    }

    @Override
    public List<InvalidInput> fields() {
        return problems;
    }
}
