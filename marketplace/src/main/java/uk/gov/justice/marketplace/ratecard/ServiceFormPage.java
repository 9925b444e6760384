package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Question;

/**
 * A provider's service as it edits it: the details form, and once it exists its prices (the history and the form
 * for the next one), publishing and withdrawing. {@code id} is null while the service is being started.
 */
record ServiceFormPage(
        @Nullable String id,
        String heading,
        String action,
        @Nullable String status,
        List<Question> details,
        List<Question> price,
        List<ServicePage.PriceRow> prices,
        boolean publishable,
        boolean withdrawable,
        List<Question> withdrawal,
        @Nullable String publicHref,
        FormErrors errors,
        @Nullable String banner) {}
