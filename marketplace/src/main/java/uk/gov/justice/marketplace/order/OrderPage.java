package uk.gov.justice.marketplace.order;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/**
 * One order as its commissioner or provider reads it, with the forms this reader may use now. {@code typed} is
 * what was typed into the one form that was refused ({@code form} names it), shown again beside its error.
 */
record OrderPage(
        String id,
        String heading,
        List<Option> facts,
        List<InvoiceRow> invoices,
        List<StepRow> history,
        boolean canApprove,
        boolean canAnswer,
        boolean canDeliver,
        boolean canInvoice,
        boolean canCancel,
        Typed typed,
        FormErrors errors) {

    /** An invoice; {@code settle}: the commissioner may confirm or dispute it now. */
    record InvoiceRow(String id, String units, String amount, String status, String raisedOn, boolean settle) {}

    record StepRow(String what, String by, String when, String reason) {}

    /** What was typed into a refused form: the form's name and the value. */
    record Typed(String form, String value) {

        static final Typed NONE = new Typed("", "");

        public String valueFor(String formName) {
            return form.equals(formName) ? value : "";
        }
    }
}
