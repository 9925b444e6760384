package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A search of the register as asked over HTTP (the search page's form or the API's query string): words, an area,
 * filters with several values each, "all" or "any" for services and cohorts, the order and the page.
 */
@Introspected
public record SearchRequest(@Nullable String text, @Nullable String area, @Nullable List<String> speciality,
                            @Nullable String specialityMatch, @Nullable List<String> cohort,
                            @Nullable String cohortMatch, @Nullable List<String> legalForm,
                            @Nullable List<String> sizeBand, @Nullable String welsh, @Nullable String outcomeEvidence,
                            @Nullable String jdl, @Nullable String minCapacity, @Nullable List<String> riskAppetite,
                            @Nullable String sort, @Nullable String page, @Nullable String pageSize) {

    static List<String> values(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
