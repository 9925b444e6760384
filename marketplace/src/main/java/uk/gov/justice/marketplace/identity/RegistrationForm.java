package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/** The registration page's form: the same answers as the API's command, plus the page's CSRF token. */
@Introspected
@Serdeable
record RegistrationForm(
        @Nullable String organisationName,
        @Nullable String registrationNumber,
        @Nullable String fullName,
        @Nullable String email,
        @Nullable String password,
        @Nullable String confirmPassword,
        @Nullable String csrfToken)
        implements CsrfForm {

    RegisterProvider command() {
        return new RegisterProvider(organisationName, registrationNumber, fullName, email, password, confirmPassword);
    }
}
