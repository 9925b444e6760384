package uk.gov.justice.marketplace.eoi;

import static uk.gov.justice.marketplace.common.web.FormAnswers.yesNo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.web.FormAnswers;

@Serdeable
record SelectionForm(
        @Nullable String relevantExperience,
        @Nullable String financialStanding,
        @Nullable String employersLiabilityCover,
        @Nullable String publicLiabilityCover,
        @Nullable String safeguardingPolicy,
        @Nullable String equalityPolicy,
        @Nullable String dataProtectionPolicy,
        @Nullable String whistleblowingPolicy,
        @Nullable String csrfToken)
        implements PartForm {

    static SelectionForm of(@Nullable SelectionInformation a) {
        if (a == null) {
            return new SelectionForm(null, null, null, null, null, null, null, null, null);
        }
        return new SelectionForm(
                a.relevantExperience(),
                a.financialStanding(),
                amount(a.employersLiabilityCover()),
                amount(a.publicLiabilityCover()),
                yesNo(a.safeguardingPolicy()),
                yesNo(a.equalityPolicy()),
                yesNo(a.dataProtectionPolicy()),
                yesNo(a.whistleblowingPolicy()),
                null);
    }

    @Override
    public EoiPart part() {
        return EoiPart.SELECTION;
    }

    @Override
    public SelectionInformation answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        return read.answers(new SelectionInformation(
                read.text(relevantExperience),
                read.text(financialStanding),
                read.pounds("employersLiabilityCover", employersLiabilityCover),
                read.pounds("publicLiabilityCover", publicLiabilityCover),
                read.bool("safeguardingPolicy", safeguardingPolicy),
                read.bool("equalityPolicy", equalityPolicy),
                read.bool("dataProtectionPolicy", dataProtectionPolicy),
                read.bool("whistleblowingPolicy", whistleblowingPolicy)));
    }

    private static String amount(@Nullable Money money) {
        return money == null ? null : money.amount().toPlainString();
    }
}
