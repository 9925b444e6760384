package uk.gov.justice.marketplace.reference;

import java.util.List;

/** What providers do: the seven pathways and the other services (reference/specialities.yml). */
public final class Specialities extends Vocabulary {
    Specialities(List<Term> terms) {
        super("speciality", terms);
    }
}
