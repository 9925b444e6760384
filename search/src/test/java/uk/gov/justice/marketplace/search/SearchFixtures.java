package uk.gov.justice.marketplace.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small register across Wales, Yorkshire, the North East and the Humber, and the areas it is searched by. The
 * Humber contract package area overlaps Yorkshire without being inside it, as in the real reference data.
 */
final class SearchFixtures {

    static final AreaGeography GEOGRAPHY = new AreaGeography(Map.ofEntries(
            Map.entry("gwent", Set.of("gwent")),
            Map.entry("south-wales", Set.of("south-wales")),
            Map.entry("north-wales", Set.of("north-wales")),
            Map.entry("dyfed-powys", Set.of("dyfed-powys")),
            Map.entry("region-wales", Set.of("gwent", "south-wales", "north-wales", "dyfed-powys")),
            Map.entry("cpa-wales", Set.of("gwent", "south-wales", "north-wales", "dyfed-powys")),
            Map.entry("west-yorkshire", Set.of("west-yorkshire")),
            Map.entry("humberside", Set.of("humberside")),
            Map.entry("lincolnshire", Set.of("lincolnshire")),
            Map.entry("region-yorkshire", Set.of("west-yorkshire", "north-yorkshire", "south-yorkshire", "humberside")),
            Map.entry("cpa-humber-lincolnshire", Set.of("humberside", "lincolnshire")),
            Map.entry("northumbria", Set.of("northumbria")),
            Map.entry("region-north-east", Set.of("northumbria", "durham", "cleveland"))));

    static final String GWENT = "gwent-womens-centre";
    static final String CYMRU = "tai-cymru-housing";
    static final String SWANSEA = "swansea-recovery";
    static final String LEEDS = "leeds-mentoring";
    static final String TYNESIDE = "tyneside-housing";
    static final String NORTH_WALES = "north-wales-womens-aid";
    static final String HUMBER = "humber-bridge";

    static final List<ProviderDocument> PROVIDERS = List.of(
            provider(
                    GWENT,
                    "Gwent Women's Centre",
                    "CIO",
                    "UNDER_100K",
                    true,
                    List.of("womens-services", "accommodation"),
                    List.of("women"),
                    Map.of("gwent", 60),
                    "UP_TO_10_PERCENT",
                    true,
                    true,
                    "A women's centre in Newport supporting women on probation with advocacy and housing advice.",
                    "A woman leaving HMP Eastwood Park was housed within a week and kept her tenancy.",
                    "78% of women housed were in settled accommodation after six months.",
                    "Justice Data Lab report: one-year proven reoffending 21.5% against 29.0% in the matched "
                            + "control group.",
                    5),
            provider(
                    CYMRU,
                    "Tai Cymru Housing",
                    "CHARITY",
                    "FROM_1M_TO_10M",
                    true,
                    List.of("accommodation"),
                    List.of("young-adults", "women"),
                    Map.of("region-wales", 300),
                    "NONE",
                    true,
                    false,
                    "Supported housing for young adults and women leaving custody across Wales.",
                    "Twelve young men moved from hostels into shared housing in Cardiff.",
                    "Two thirds of residents sustained their accommodation for a year.",
                    "",
                    3),
            provider(
                    SWANSEA,
                    "Swansea Recovery Collective",
                    "CIC",
                    "UNDER_100K",
                    false,
                    List.of("drugs-alcohol"),
                    List.of("mental-health-needs"),
                    Map.of("south-wales", 40),
                    "UP_TO_25_PERCENT",
                    false,
                    false,
                    "Peer-led recovery from drugs and alcohol, with mental health support.",
                    "A man in recovery became a peer mentor after eighteen months.",
                    "",
                    "",
                    1),
            provider(
                    LEEDS,
                    "Leeds Mentoring Trust",
                    "CHARITY",
                    "FROM_100K_TO_1M",
                    false,
                    List.of("education-training-employment"),
                    List.of("young-adults"),
                    Map.of("west-yorkshire", 120),
                    "NONE",
                    true,
                    true,
                    "Mentoring young adults into training and employment.",
                    "Mentees found apprenticeships with local employers.",
                    "41% of mentees were in work after six months.",
                    "Justice Data Lab: reoffending 30% against 36% in the control group.",
                    7),
            provider(
                    TYNESIDE,
                    "Tyneside Housing Pathways",
                    "SOCIAL_ENTERPRISE",
                    "FROM_100K_TO_1M",
                    false,
                    List.of("accommodation"),
                    List.of("women", "veterans"),
                    Map.of("region-north-east", 80),
                    "OVER_25_PERCENT",
                    true,
                    false,
                    "Accommodation pathways for veterans and women on probation in the North East.",
                    "A veteran sleeping rough was housed in a week.",
                    "85% of veterans placed kept their accommodation.",
                    "",
                    2),
            provider(
                    NORTH_WALES,
                    "North Wales Women's Aid",
                    "CHARITY",
                    "UNDER_100K",
                    true,
                    List.of("womens-services", "finance-benefit-debt"),
                    List.of("women"),
                    Map.of("north-wales", 25),
                    "NONE",
                    false,
                    false,
                    "Debt and benefits advice for women in North Wales, in Welsh and English.",
                    "A mother cleared rent arrears with our help.",
                    "",
                    "",
                    6),
            provider(
                    HUMBER,
                    "Humber Bridge Project",
                    "CIC",
                    "FROM_100K_TO_1M",
                    false,
                    List.of("accommodation"),
                    List.of("short-sentences"),
                    Map.of("cpa-humber-lincolnshire", 90),
                    "NONE",
                    true,
                    false,
                    "Short-sentence resettlement support across the Humber and Lincolnshire.",
                    "Men leaving HMP Hull are met at the gate.",
                    "60% of people met at the gate attended probation.",
                    "",
                    4));

    private SearchFixtures() {}

    private static ProviderDocument provider(
            String id,
            String name,
            String legalForm,
            String sizeBand,
            boolean welsh,
            List<String> specialities,
            List<String> cohorts,
            Map<String, Integer> capacity,
            String risk,
            boolean outcomes,
            boolean jdl,
            String description,
            String caseStudies,
            String outcomeFigures,
            String evidence,
            int updatedDay) {
        return new ProviderDocument(
                id,
                name,
                legalForm,
                sizeBand,
                welsh,
                specialities,
                cohorts,
                List.copyOf(capacity.keySet()),
                capacity,
                risk,
                outcomes,
                jdl,
                description,
                caseStudies,
                outcomeFigures,
                evidence,
                Instant.parse("2026-11-01T09:00:00Z").plusSeconds(86_400L * updatedDay));
    }
}
