package uk.gov.justice.marketplace.reference;

import java.util.List;
import java.util.Optional;
import uk.gov.justice.marketplace.common.NotFound;

/** A controlled list loaded from a data file; answers refer to its terms by code. */
public class Vocabulary {

    private final String field;
    private final List<Term> terms;

    Vocabulary(String field, List<Term> terms) {
        this.field = field;
        this.terms = List.copyOf(terms);
    }

    public List<Term> all() {
        return terms;
    }

    public Optional<Term> find(String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Term require(String code) {
        return find(code).orElseThrow(() -> new NotFound(field, "No " + field + " has the code '" + code + "'"));
    }
}
