package uk.gov.justice.marketplace.identity;

import uk.gov.justice.marketplace.common.web.FormErrors;

/** The VCSE registration form, keeping everything typed except the passwords. */
public record RegistrationPage(
        String organisationName, String registrationNumber, String fullName, String email, FormErrors errors) {

    static RegistrationPage blank() {
        return new RegistrationPage("", "", "", "", FormErrors.NONE);
    }

    static RegistrationPage retry(RegisterProvider typed, FormErrors errors) {
        return new RegistrationPage(
                typed.organisationName(), typed.registrationNumber(), typed.fullName(), typed.email(), errors);
    }
}
