package uk.gov.justice.marketplace.reference;

import java.util.List;

/** Who services are for (reference/cohorts.yml). */
public final class Cohorts extends Vocabulary {
    Cohorts(List<Term> terms) {
        super("cohort", terms);
    }
}
