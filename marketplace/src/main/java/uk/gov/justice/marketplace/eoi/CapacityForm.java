package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.common.web.FormAnswers;

/** The second page of the coverage part: people a year in each chosen area, posted as area and people pairs. */
@Serdeable
record CapacityForm(@Nullable List<String> area, @Nullable List<String> people, @Nullable String csrfToken)
        implements PartForm {

    static CapacityForm of(@Nullable Coverage a) {
        List<String> areas = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        if (a != null && a.areas() != null) {
            Map<String, Integer> capacity = a.peoplePerYear() == null ? Map.of() : a.peoplePerYear();
            a.areas().forEach(code -> {
                areas.add(code);
                counts.add(FormAnswers.plain(capacity.get(code)));
            });
        }
        return new CapacityForm(areas, counts, null);
    }

    static String fieldOf(String area) {
        return "people-" + area;
    }

    @Override
    public EoiPart part() {
        return EoiPart.COVERAGE;
    }

    @Override
    public Coverage answers(EoiAnswers saved) {
        FormAnswers read = new FormAnswers();
        List<String> areas = area == null ? List.of() : area;
        Map<String, Integer> capacity = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            Integer count =
                    read.whole(fieldOf(areas.get(i)), people != null && i < people.size() ? people.get(i) : null);
            if (count != null) {
                capacity.put(areas.get(i), count);
            }
        }
        Coverage coverage = saved.coverage();
        return read.answers(new Coverage(
                coverage == null ? areas : coverage.areas(),
                capacity,
                coverage == null ? null : coverage.riskAppetite()));
    }
}
