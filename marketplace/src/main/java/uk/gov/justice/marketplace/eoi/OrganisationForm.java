package uk.gov.justice.marketplace.eoi;

import static uk.gov.justice.marketplace.common.web.FormAnswers.plain;
import static uk.gov.justice.marketplace.common.web.FormAnswers.yesNo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.FormAnswers;

@Serdeable
record OrganisationForm(
        @Nullable String legalName,
        @Nullable String legalForm,
        @Nullable String registrationNumber,
        @Nullable String address,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String incomeBand,
        @Nullable String staffBand,
        @Nullable String vcse,
        @Nullable String csrfToken)
        implements PartForm {

    static OrganisationForm of(@Nullable OrganisationFacts a) {
        if (a == null) {
            return new OrganisationForm(null, null, null, null, null, null, null, null, null, null, null);
        }
        return new OrganisationForm(
                a.legalName(),
                plain(a.legalForm()),
                a.registrationNumber(),
                a.address(),
                a.contactName(),
                a.contactEmail(),
                a.contactPhone(),
                plain(a.incomeBand()),
                plain(a.staffBand()),
                yesNo(a.vcse()),
                null);
    }

    @Override
    public EoiPart part() {
        return EoiPart.ORGANISATION;
    }

    @Override
    public OrganisationFacts answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        return read.answers(new OrganisationFacts(
                read.text(legalName),
                read.choice("legalForm", legalForm, OrganisationFacts.LegalForm.class),
                read.text(registrationNumber),
                read.text(address),
                read.text(contactName),
                read.text(contactEmail),
                read.text(contactPhone),
                read.choice("incomeBand", incomeBand, OrganisationFacts.IncomeBand.class),
                read.choice("staffBand", staffBand, OrganisationFacts.StaffBand.class),
                read.bool("vcse", vcse)));
    }
}
