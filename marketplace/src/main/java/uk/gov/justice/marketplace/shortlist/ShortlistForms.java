package uk.gov.justice.marketplace.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/** The forms the shortlist pages post. */
final class ShortlistForms {

    private ShortlistForms() {}

    @Serdeable
    record NewShortlist(@Nullable String name, @Nullable String csrfToken) implements CsrfForm {}

    /** A provider put on (or taken off) a shortlist, and the page to go back to. */
    @Serdeable
    record Entry(
            @Nullable String shortlistId,
            @Nullable String providerId,
            @Nullable String returnTo,
            @Nullable String csrfToken)
            implements CsrfForm {}
}
