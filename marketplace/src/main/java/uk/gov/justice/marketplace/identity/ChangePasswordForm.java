package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.CsrfForm;

@Introspected
@Serdeable
record ChangePasswordForm(
        @Nullable String currentPassword,
        @Nullable String password,
        @Nullable String confirmPassword,
        @Nullable String csrfToken)
        implements CsrfForm {

    ChangePassword command() {
        return new ChangePassword(currentPassword, password, confirmPassword);
    }
}
