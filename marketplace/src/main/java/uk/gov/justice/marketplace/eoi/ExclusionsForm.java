package uk.gov.justice.marketplace.eoi;

import static uk.gov.justice.marketplace.common.web.FormAnswers.yesNo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.web.FormAnswers;

@Serdeable
record ExclusionsForm(
        @Nullable String mandatoryGroundsApply,
        @Nullable String discretionaryGroundsApply,
        @Nullable String selfCleaning,
        @Nullable String csrfToken)
        implements PartForm {

    static ExclusionsForm of(@Nullable ExclusionDeclarations a) {
        if (a == null) {
            return new ExclusionsForm(null, null, null, null);
        }
        return new ExclusionsForm(
                yesNo(a.mandatoryGroundsApply()), yesNo(a.discretionaryGroundsApply()), a.selfCleaning(), null);
    }

    @Override
    public EoiPart part() {
        return EoiPart.EXCLUSIONS;
    }

    @Override
    public ExclusionDeclarations answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        return read.answers(new ExclusionDeclarations(
                read.bool("mandatoryGroundsApply", mandatoryGroundsApply),
                read.bool("discretionaryGroundsApply", discretionaryGroundsApply),
                read.text(selfCleaning)));
    }
}
