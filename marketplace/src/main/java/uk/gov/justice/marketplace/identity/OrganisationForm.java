package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/** The steward's "add an organisation" form. */
@Introspected
@Serdeable
public record OrganisationForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String commissionerType,
        @Nullable String registrationNumber,
        @Nullable String adminEmail,
        @Nullable String adminFullName,
        @Nullable String csrfToken)
        implements CsrfForm {

    static final OrganisationForm BLANK = new OrganisationForm("", "", "", "", "", "", null);

    CreateOrganisation command() {
        return new CreateOrganisation(
                name,
                kind,
                commissionerType == null || commissionerType.isBlank() ? null : commissionerType,
                registrationNumber,
                adminEmail,
                adminFullName);
    }
}
