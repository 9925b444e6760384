package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * Evidence of experience and quality: case studies, outcome figures, and Justice Data Lab results (the
 * reoffending rate of the people it worked with against a matched control group).
 */
@Serdeable
public record Evidence(
        @Nullable String caseStudies,
        @Nullable String outcomeFigures,
        @Nullable List<JusticeDataLabResult> justiceDataLab)
        implements PartAnswers {

    /** One Justice Data Lab report: rates are percentages of the cohort reoffending within a year. */
    @Serdeable
    public record JusticeDataLabResult(
            int cohortSize, BigDecimal reoffendingRate, BigDecimal controlGroupRate, boolean statisticallySignificant) {

        boolean isValid() {
            return cohortSize > 0 && isPercentage(reoffendingRate) && isPercentage(controlGroupRate);
        }

        private static boolean isPercentage(BigDecimal rate) {
            return rate != null && rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0;
        }
    }

    @Override
    public EoiPart part() {
        return EoiPart.EVIDENCE;
    }

    @Override
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        AnswerCheck check = new AnswerCheck(part());
        check.text("caseStudies", caseStudies, 10_000);
        if (outcomeFigures != null && outcomeFigures.length() > 5000) {
            check.refuse("outcomeFigures", "tooLong");
        }
        if (justiceDataLab != null && !justiceDataLab.stream().allMatch(JusticeDataLabResult::isValid)) {
            check.refuse("justiceDataLab", "invalid");
        }
        return check.problems();
    }

    @Override
    public boolean isEmpty() {
        return (caseStudies == null || caseStudies.isBlank())
                && (outcomeFigures == null || outcomeFigures.isBlank())
                && (justiceDataLab == null || justiceDataLab.isEmpty());
    }

    public boolean hasJusticeDataLabResult() {
        return justiceDataLab != null && !justiceDataLab.isEmpty();
    }
}
