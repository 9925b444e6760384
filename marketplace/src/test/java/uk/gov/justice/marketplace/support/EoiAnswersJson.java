package uk.gov.justice.marketplace.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** A provider's complete Expression of Interest as the API takes it, part by part; each part can be varied. */
public final class EoiAnswersJson {

    public static final String EXCLUSIONS =
            """
            {"mandatoryGroundsApply": false, "discretionaryGroundsApply": false}""";
    public static final String SELECTION =
            """
            {"relevantExperience": "Eight years of services for people on probation.",
             "financialStanding": "Four months' reserves.",
             "employersLiabilityCover": {"amount": 5000000, "currency": "GBP"},
             "publicLiabilityCover": {"amount": 10000000, "currency": "GBP"},
             "safeguardingPolicy": true, "equalityPolicy": true, "dataProtectionPolicy": true,
             "whistleblowingPolicy": true}""";
    public static final String EVIDENCE =
            """
            {"caseStudies": "Housing and support for 40 women leaving custody.",
             "justiceDataLab": [{"cohortSize": 212, "reoffendingRate": 21.5, "controlGroupRate": 29.0,
                                 "statisticallySignificant": true}]}""";

    private EoiAnswersJson() {}

    public static String organisation(String name) {
        return """
                {"legalName": "%s", "legalForm": "CIO", "registrationNumber": "1187654",
                 "address": "12 Commercial Street, Newport NP20 1LP", "contactName": "Eleri Jones",
                 "contactEmail": "eleri@example.org", "contactPhone": "01633 000000",
                 "incomeBand": "FROM_100K_TO_1M", "staffBand": "FROM_10_TO_49", "vcse": true}"""
                .formatted(name);
    }

    public static String services(String specialities, String cohorts) {
        return """
                {"specialities": [%s], "cohorts": [%s], "welshLanguageService": true}"""
                .formatted(quoted(specialities), quoted(cohorts));
    }

    public static String coverage(String areas) {
        String capacities = String.join(
                ", ",
                java.util.Arrays.stream(areas.split(","))
                        .map(a -> "\"" + a.trim() + "\": 50")
                        .toList());
        return """
                {"areas": [%s], "peoplePerYear": {%s}, "riskAppetite": "UP_TO_10_PERCENT"}"""
                .formatted(quoted(areas), capacities);
    }

    /** Every part, in form order, for an organisation doing these things in these areas. */
    public static Map<String, String> complete(String name, String specialities, String cohorts, String areas) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("organisation", organisation(name));
        parts.put("exclusions", EXCLUSIONS);
        parts.put("selection", SELECTION);
        parts.put("services", services(specialities, cohorts));
        parts.put("coverage", coverage(areas));
        parts.put("evidence", EVIDENCE);
        return parts;
    }

    private static String quoted(String commaSeparated) {
        return String.join(
                ", ",
                java.util.Arrays.stream(commaSeparated.split(","))
                        .map(v -> "\"" + v.trim() + "\"")
                        .toList());
    }
}
