package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A search of the register as asked over HTTP (the search page's form or the API's query string): words, an area,
 * filters with several values each, "all" or "any" for services and cohorts, the order and the page.
 */
@Introspected
public record SearchRequest(
        @Nullable String text,
        @Nullable String area,
        @Nullable List<String> speciality,
        @Nullable @Schema(allowableValues = {"all", "any"}) String specialityMatch,
        @Nullable List<String> cohort,
        @Nullable @Schema(allowableValues = {"all", "any"}) String cohortMatch,
        @Nullable List<String> legalForm,
        @Nullable List<String> sizeBand,
        @Nullable @Schema(allowableValues = {"true", "false"}) String welsh,
        @Nullable @Schema(allowableValues = {"true", "false"}) String outcomeEvidence,
        @Nullable @Schema(allowableValues = {"true", "false"}) String jdl,
        @Nullable @Schema(type = "integer") String minCapacity,
        @Nullable List<String> riskAppetite,
        @Nullable @Schema(allowableValues = {"relevance", "name", "updated"}) String sort,
        @Nullable @Schema(type = "integer", description = "From 0") String page,
        @Nullable @Schema(type = "integer", description = "20 unless given; at most 100 are " + "answered")
                String pageSize) {

    static List<String> values(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
