package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Refusal;

/**
 * A portal form and how it answers when the use case behind it refuses: the same page again, never an error page,
 * so the person sees what was wrong beside what they typed. Refused answers ({@code InvalidInput(s)}, a policy's
 * reasons) answer 422; a change someone made first answers 409 when the form says where to tell it (a steward's
 * stale decision). Any other refusal (not found, forbidden) is left to the error pages.
 *
 * @param view        the form's template
 * @param fieldIds    turns the domain's field name into the input's id on this page
 * @param conflictsOn the input a conflicting change is told beside, or null to leave it to the error page
 * @param told        words the refusals for the error summary, or null for each message beside its input
 */
public record FormPage(
        String view,
        UnaryOperator<String> fieldIds,
        @Nullable String conflictsOn,
        @Nullable BiFunction<List<InvalidInput>, Locale, FormErrors> told) {

    public static FormPage of(String view) {
        return new FormPage(view, UnaryOperator.identity(), null, null);
    }

    /** The page names its inputs differently from the domain's fields (several forms on one page, say). */
    public FormPage fieldsNamed(UnaryOperator<String> ids) {
        return new FormPage(view, ids, conflictsOn, told);
    }

    /** The form has one input, so whatever the use case names, it is told there. */
    public FormPage everyFieldOn(String id) {
        return fieldsNamed(field -> id);
    }

    public FormPage conflictsShownOn(String id) {
        return new FormPage(view, fieldIds, id, told);
    }

    /** The page words its error summary itself (an EoI's refusals name the question they are about). */
    public FormPage toldBy(BiFunction<List<InvalidInput>, Locale, FormErrors> words) {
        return new FormPage(view, fieldIds, conflictsOn, words);
    }

    FormErrors errors(List<InvalidInput> fields, Messages messages, Locale locale) {
        return told == null ? FormErrors.of(fields, messages, locale) : told.apply(fields, locale);
    }

    /**
     * The use case's own answer, or {@code again} with the status and the refused fields as this page names them.
     */
    public <T> T answer(Supplier<T> useCase, BiFunction<HttpStatus, List<InvalidInput>, T> again) {
        try {
            return useCase.get();
        } catch (Refusal refused) {
            if (!refused.fields().isEmpty()) {
                return again.apply(HttpStatus.UNPROCESSABLE_ENTITY, onPage(refused.fields()));
            }
            if (refused instanceof ConflictingChange && conflictsOn != null) {
                return again.apply(HttpStatus.CONFLICT, List.of(new InvalidInput(conflictsOn, refused.getMessage())));
            }
            throw refused;
        }
    }

    private List<InvalidInput> onPage(List<InvalidInput> fields) {
        return fields.stream()
                .map(f -> new InvalidInput(fieldIds.apply(f.field()), f.getMessage()))
                .toList();
    }
}
