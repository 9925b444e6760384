package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A search of the rate card as asked over HTTP (the search page's form or the API's query string), every value kept
 * as typed so a refused one is shown again: words, an area, codes, a price range in pounds, units left in this or the
 * next period, yes-only filters, the order and the page.
 */
@Introspected
public record RateCardSearchRequest(
        @Nullable String text,
        @Nullable String area,
        @Nullable List<String> speciality,
        @Nullable List<String> cohort,
        @Nullable @Schema(description = "SESSION, HOUR, REFERRAL, WEEK, PLACE or PROGRAMME") List<String> unit,
        @Nullable @Schema(description = "Pounds, excluding VAT, e.g. 40 or 39.50") String priceFrom,
        @Nullable @Schema(description = "Pounds, excluding VAT") String priceTo,
        @Nullable @Schema(type = "integer", description = "Units still free in a served area related to the area")
                String minCapacity,
        @Nullable @Schema(allowableValues = {"this", "next"}) String period,
        @Nullable @Schema(allowableValues = {"true", "false"}) String welsh,
        @Nullable @Schema(allowableValues = {"true", "false"}) String evidence,
        @Nullable @Schema(allowableValues = {"relevance", "price", "price-desc"}) String sort,
        @Nullable @Schema(type = "integer", description = "From 0") String page,
        @Nullable @Schema(type = "integer", description = "20 unless given; at most 100 are answered")
                String pageSize) {

    static List<String> values(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static String blank(String value) {
        return value == null ? "" : value;
    }
}
