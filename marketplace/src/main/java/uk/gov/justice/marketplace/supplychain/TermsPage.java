package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Question;

/**
 * A partner's terms as the lead records them, and the form that removes the partner ({@code removalReason}: as
 * typed, when the removal was refused).
 */
record TermsPage(
        String chain,
        String chainHref,
        String partner,
        String action,
        List<Question> questions,
        String removeAction,
        @Nullable String removalReason,
        FormErrors errors) {}
