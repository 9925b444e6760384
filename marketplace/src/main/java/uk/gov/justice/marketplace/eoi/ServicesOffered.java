package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.gov.justice.marketplace.common.InvalidInput;

/** What the provider does and for whom: specialities and cohorts from the reference lists. */
@Serdeable
public record ServicesOffered(
        @Nullable List<String> specialities,
        @Nullable List<String> cohorts,
        @Nullable Boolean welshLanguageService,
        @Nullable String qualityMarks)
        implements PartAnswers {

    @Override
    public EoiPart part() {
        return EoiPart.SERVICES;
    }

    @Override
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        AnswerCheck check = new AnswerCheck(part());
        check.required("specialities", specialities);
        if (specialities != null
                && specialities.stream()
                        .anyMatch(c -> vocabularies.specialities().find(c).isEmpty())) {
            check.refuse("specialities", "unknown");
        }
        check.required("cohorts", cohorts);
        if (cohorts != null
                && cohorts.stream().anyMatch(c -> vocabularies.cohorts().find(c).isEmpty())) {
            check.refuse("cohorts", "unknown");
        }
        check.required("welshLanguageService", welshLanguageService);
        if (qualityMarks != null && qualityMarks.length() > 2000) {
            check.refuse("qualityMarks", "tooLong");
        }
        return check.problems();
    }

    @Override
    public boolean isEmpty() {
        return (specialities == null || specialities.isEmpty())
                && (cohorts == null || cohorts.isEmpty())
                && welshLanguageService == null
                && (qualityMarks == null || qualityMarks.isBlank());
    }
}
