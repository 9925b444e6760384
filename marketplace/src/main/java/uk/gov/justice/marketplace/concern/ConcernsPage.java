package uk.gov.justice.marketplace.concern;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.concern.ConcernPages.RaiseForm;

/**
 * The concerns page as its reader's {@code role} sees it (partner, steward or lead), with what was typed into the
 * raising form or one of the steward's forms.
 */
record ConcernsPage(
        String role,
        List<Item> items,
        List<Option> chains,
        List<Option> categories,
        RaiseForm typed,
        StewardTyped stewardTyped,
        FormErrors errors) {

    /** One line of a list: a heading, its facts as label and value, and the text. */
    record Item(
            String id,
            String heading,
            List<Option> facts,
            String text,
            boolean open,
            int partners,
            List<Option> evidence) {}

    /**
     * What the steward typed into one of a concern's three forms ({@code action}, {@code statement} or
     * {@code outcome}), shown again when it was refused; each form's fields are named {@code <form>-<concern id>}.
     */
    record StewardTyped(String concernId, String form, @Nullable String text, boolean weighed) {

        static final StewardTyped NONE = new StewardTyped("", "", null, false);

        /** What to show in a form: what was typed, if this is the form it was typed in. */
        public String textFor(String concern, String formName) {
            return concernId.equals(concern) && form.equals(formName) ? text : null;
        }

        public boolean weighedFor(String concern) {
            return concernId.equals(concern) && weighed;
        }
    }
}
