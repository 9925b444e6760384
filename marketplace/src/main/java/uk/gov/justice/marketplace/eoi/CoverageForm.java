package uk.gov.justice.marketplace.eoi;

import static uk.gov.justice.marketplace.common.web.FormAnswers.plain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.common.web.FormAnswers;

/** The first page of the coverage part: where, and how much risk. Capacity by area is asked next. */
@Serdeable
record CoverageForm(@Nullable List<String> areas, @Nullable String riskAppetite, @Nullable String csrfToken)
        implements PartForm {

    static CoverageForm of(@Nullable Coverage a) {
        if (a == null) {
            return new CoverageForm(List.of(), null, null);
        }
        return new CoverageForm(a.areas(), plain(a.riskAppetite()), null);
    }

    @Override
    public EoiPart part() {
        return EoiPart.COVERAGE;
    }

    /** Capacity already given for an area still chosen is kept; an area dropped takes its capacity with it. */
    @Override
    public Coverage answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        List<String> chosen = areas == null ? List.of() : List.copyOf(areas);
        Map<String, Integer> capacity = new LinkedHashMap<>();
        if (saved.coverage() != null && saved.coverage().peoplePerYear() != null) {
            saved.coverage().peoplePerYear().forEach((area, people) -> {
                if (chosen.contains(area)) {
                    capacity.put(area, people);
                }
            });
        }
        return read.answers(
                new Coverage(chosen, capacity, read.choice("riskAppetite", riskAppetite, Coverage.RiskAppetite.class)));
    }
}
