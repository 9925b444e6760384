package uk.gov.justice.marketplace.common;

import java.util.List;

/**
 * The domain saying no: a rule, a permission or a concurrent change stopped the request and nothing was changed.
 * Messages are message keys (or plain text) so each channel can tell it in the user's language.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }

    /** The answers at fault, if the refusal is about answers. */
    public List<InvalidInput> fields() {
        return List.of();
    }
}
