package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;

/** Part 3: experience, financial standing, insurance and policies (Standard Selection Questionnaire part 3). */
@Serdeable
public record SelectionInformation(
        @Nullable String relevantExperience,
        @Nullable String financialStanding,
        @Nullable @Schema(type = "object") Money employersLiabilityCover,
        @Nullable @Schema(type = "object") Money publicLiabilityCover,
        @Nullable Boolean safeguardingPolicy,
        @Nullable Boolean equalityPolicy,
        @Nullable Boolean dataProtectionPolicy,
        @Nullable Boolean whistleblowingPolicy)
        implements PartAnswers {

    private static final int LONG_TEXT = 5000;

    @Override
    public EoiPart part() {
        return EoiPart.SELECTION;
    }

    @Override
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        AnswerCheck check = new AnswerCheck(part());
        check.text("relevantExperience", relevantExperience, LONG_TEXT);
        check.text("financialStanding", financialStanding, LONG_TEXT);
        cover(check, "employersLiabilityCover", employersLiabilityCover);
        cover(check, "publicLiabilityCover", publicLiabilityCover);
        check.required("safeguardingPolicy", safeguardingPolicy);
        check.required("equalityPolicy", equalityPolicy);
        check.required("dataProtectionPolicy", dataProtectionPolicy);
        check.required("whistleblowingPolicy", whistleblowingPolicy);
        return check.problems();
    }

    private static void cover(AnswerCheck check, String field, Money cover) {
        check.required(field, cover);
        if (cover != null && cover.isNegative()) {
            check.refuse(field, "negative");
        }
    }

    @Override
    public boolean isEmpty() {
        return Stream.of(
                        relevantExperience,
                        financialStanding,
                        employersLiabilityCover,
                        publicLiabilityCover,
                        safeguardingPolicy,
                        equalityPolicy,
                        dataProtectionPolicy,
                        whistleblowingPolicy)
                .allMatch(a -> a == null || a.toString().isBlank());
    }
}
