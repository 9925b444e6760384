package uk.gov.justice.marketplace.eoi;

import static uk.gov.justice.marketplace.common.web.FormAnswers.yesNo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormAnswers;

@Serdeable
record ServicesForm(
        @Nullable List<String> specialities,
        @Nullable List<String> cohorts,
        @Nullable String welshLanguageService,
        @Nullable String qualityMarks,
        @Nullable String csrfToken)
        implements PartForm {

    static ServicesForm of(@Nullable ServicesOffered a) {
        if (a == null) {
            return new ServicesForm(List.of(), List.of(), null, null, null);
        }
        return new ServicesForm(a.specialities(), a.cohorts(), yesNo(a.welshLanguageService()), a.qualityMarks(), null);
    }

    @Override
    public EoiPart part() {
        return EoiPart.SERVICES;
    }

    @Override
    public ServicesOffered answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        return read.answers(new ServicesOffered(
                specialities == null ? List.of() : specialities,
                cohorts == null ? List.of() : cohorts,
                read.bool("welshLanguageService", welshLanguageService),
                read.text(qualityMarks)));
    }
}
