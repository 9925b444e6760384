package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/** The page behind an invitation link. */
@Introspected
@Serdeable
record AcceptInvitationForm(
        @Nullable String fullName,
        @Nullable String password,
        @Nullable String confirmPassword,
        @Nullable String csrfToken)
        implements CsrfForm {

    AcceptInvitation command() {
        return new AcceptInvitation(fullName, password, confirmPassword);
    }
}
