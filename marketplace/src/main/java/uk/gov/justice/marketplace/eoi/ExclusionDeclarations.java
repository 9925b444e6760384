package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * Part 2: the exclusion grounds (Standard Selection Questionnaire part 2). If any ground applies, the provider
 * says what it has done to put things right ("self-cleaning"), which the steward weighs.
 */
@Serdeable
public record ExclusionDeclarations(
        @Nullable Boolean mandatoryGroundsApply,
        @Nullable Boolean discretionaryGroundsApply,
        @Nullable String selfCleaning)
        implements PartAnswers {

    @Override
    public EoiPart part() {
        return EoiPart.EXCLUSIONS;
    }

    @Override
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        AnswerCheck check = new AnswerCheck(part());
        check.required("mandatoryGroundsApply", mandatoryGroundsApply);
        check.required("discretionaryGroundsApply", discretionaryGroundsApply);
        if (Boolean.TRUE.equals(mandatoryGroundsApply) || Boolean.TRUE.equals(discretionaryGroundsApply)) {
            check.text("selfCleaning", selfCleaning, 5000);
        }
        return check.problems();
    }

    @Override
    public boolean isEmpty() {
        return Stream.of(mandatoryGroundsApply, discretionaryGroundsApply, selfCleaning)
                .allMatch(a -> a == null || a.toString().isBlank());
    }
}
