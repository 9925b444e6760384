package uk.gov.justice.marketplace.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.reference.Area;
import uk.gov.justice.marketplace.reference.AreaLayer;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Term;
import uk.gov.justice.marketplace.search.ProviderDocument;
import uk.gov.justice.marketplace.search.RateCardDocument;

/**
 * A made-up register of any size with a realistic spread: most providers cover one police force area, some a
 * contract package area or a region; one to three services and cohorts each; a few hundred words of text drawn from
 * the vocabulary of each service; a third with outcome figures and one in ten with a Justice Data Lab result.
 * Seeded, so every run builds the same register. The rate card is made the same way: services of one speciality
 * each, priced from £10 to £2,000 a unit, with units left this period and next in each served area.
 */
final class SyntheticRegister {

    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry(
                    "accommodation",
                    List.of(
                            "housing",
                            "tenancy",
                            "hostel",
                            "homeless",
                            "rough",
                            "sleeping",
                            "supported",
                            "lodgings",
                            "landlord",
                            "rent",
                            "accommodation",
                            "resettlement")),
            Map.entry(
                    "education-training-employment",
                    List.of(
                            "employment",
                            "training",
                            "apprenticeship",
                            "skills",
                            "qualifications",
                            "job",
                            "employer",
                            "work",
                            "college",
                            "literacy")),
            Map.entry("health", List.of("health", "mental", "wellbeing", "counselling", "GP", "trauma", "anxiety")),
            Map.entry(
                    "drugs-alcohol",
                    List.of(
                            "recovery",
                            "substance",
                            "alcohol",
                            "drugs",
                            "detox",
                            "addiction",
                            "harm",
                            "reduction",
                            "peer")),
            Map.entry(
                    "finance-benefit-debt",
                    List.of("debt", "benefits", "budgeting", "advice", "money", "arrears", "universal", "credit")),
            Map.entry("children-families", List.of("families", "children", "parenting", "visits", "relationships")),
            Map.entry(
                    "attitudes-thinking-behaviour",
                    List.of("thinking", "behaviour", "attitudes", "anger", "consequential", "choices")),
            Map.entry(
                    "womens-services",
                    List.of("women", "womens", "centre", "domestic", "abuse", "mothers", "trauma-informed")),
            Map.entry(
                    "mentoring", List.of("mentoring", "mentor", "mentee", "peer", "volunteer", "lived", "experience")),
            Map.entry("restorative-justice", List.of("restorative", "victim", "conference", "harm", "repair")),
            Map.entry("unpaid-work", List.of("community", "placements", "unpaid", "work", "projects")),
            Map.entry("through-the-gate", List.of("gate", "release", "prison", "custody", "resettlement", "HMP")),
            Map.entry("accredited-programmes", List.of("programme", "accredited", "groupwork", "sessions")));
    private static final List<String> COMMON = List.of(
            "people",
            "probation",
            "support",
            "service",
            "local",
            "partnership",
            "outcomes",
            "reducing",
            "reoffending",
            "community",
            "person-centred",
            "specialist",
            "staff",
            "volunteers",
            "referrals",
            "caseworkers",
            "across",
            "year",
            "since",
            "delivered");
    private static final List<String> PLACES = List.of(
            "Cardiff",
            "Newport",
            "Swansea",
            "Wrexham",
            "Leeds",
            "Bradford",
            "Sheffield",
            "Hull",
            "York",
            "Newcastle",
            "Sunderland",
            "Durham",
            "Manchester",
            "Salford",
            "Liverpool",
            "Birmingham",
            "Coventry",
            "Leicester",
            "Nottingham",
            "Derby",
            "Bristol",
            "Plymouth",
            "Exeter",
            "Brighton",
            "Croydon",
            "Hackney",
            "Lambeth",
            "Norwich",
            "Ipswich",
            "Oxford",
            "Reading");
    private static final List<String> KINDS = List.of(
            "Trust",
            "Project",
            "Collective",
            "Network",
            "Foundation",
            "Centre",
            "Partnership",
            "Society",
            "Aid",
            "Pathways");
    private static final List<String> FORMS = List.of(
            "CHARITY", "CIO", "CIC", "COMPANY_LIMITED_BY_GUARANTEE", "MUTUAL", "SOCIAL_ENTERPRISE", "SMALL_COMPANY");
    private static final List<String> SIZES =
            List.of("UNDER_100K", "UNDER_100K", "FROM_100K_TO_1M", "FROM_100K_TO_1M", "FROM_1M_TO_10M", "OVER_10M");
    private static final List<String> RISKS =
            List.of("NONE", "NONE", "UP_TO_10_PERCENT", "UP_TO_25_PERCENT", "OVER_25_PERCENT");

    private final List<Area> forces;
    private final List<Area> packages;
    private final List<Area> regions;
    private final List<String> specialities;
    private final List<String> cohorts;

    SyntheticRegister(Areas areas, List<Term> specialities, List<Term> cohorts) {
        this.forces = areas.inLayer(AreaLayer.POLICE_FORCE_AREA);
        this.packages = areas.inLayer(AreaLayer.CONTRACT_PACKAGE_AREA);
        this.regions = areas.inLayer(AreaLayer.PROBATION_REGION);
        this.specialities = specialities.stream().map(Term::code).toList();
        this.cohorts = cohorts.stream().map(Term::code).toList();
    }

    Stream<ProviderDocument> providers(int count) {
        Random random = new Random(42);
        return Stream.iterate(0, n -> n + 1).limit(count).map(n -> provider(n, random));
    }

    private ProviderDocument provider(int n, Random random) {
        List<String> services = pick(random, specialities, 1 + random.nextInt(3));
        List<String> areas = List.of(area(random).code());
        Map<String, Integer> capacity = new LinkedHashMap<>();
        areas.forEach(a -> capacity.put(a, 10 + random.nextInt(300)));
        boolean outcomes = random.nextInt(3) == 0;
        boolean jdl = random.nextInt(10) == 0;
        String name = PLACES.get(random.nextInt(PLACES.size())) + " "
                + WORDS.get(services.get(0)).get(0).substring(0, 1).toUpperCase()
                + WORDS.get(services.get(0)).get(0).substring(1) + " "
                + KINDS.get(random.nextInt(KINDS.size())) + " " + n;
        return new ProviderDocument(
                "synthetic-" + n,
                name,
                FORMS.get(random.nextInt(FORMS.size())),
                SIZES.get(random.nextInt(SIZES.size())),
                random.nextInt(8) == 0,
                services,
                pick(random, cohorts, 1 + random.nextInt(3)),
                areas,
                capacity,
                RISKS.get(random.nextInt(RISKS.size())),
                outcomes || jdl,
                jdl,
                text(random, services, 40),
                text(random, services, 120),
                outcomes ? text(random, services, 30) : "",
                jdl ? text(random, services, 200) : "",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(28_000_000)));
    }

    private static final List<String> UNITS = List.of("SESSION", "HOUR", "REFERRAL", "WEEK", "PLACE", "PROGRAMME");
    private static final List<String> VAT = List.of("EXEMPT", "EXEMPT", "EXEMPT", "ZERO_RATED", "STANDARD");

    Stream<RateCardDocument> rateCard(int count) {
        Random random = new Random(7);
        return Stream.iterate(0, n -> n + 1).limit(count).map(n -> service(n, random));
    }

    private RateCardDocument service(int n, Random random) {
        String speciality = specialities.get(random.nextInt(specialities.size()));
        List<String> words = WORDS.get(speciality);
        String area = area(random).code();
        int capacity = 5 + random.nextInt(60);
        String title = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()))
                + " service " + n;
        return new RateCardDocument(
                "service-" + n,
                "synthetic-" + random.nextInt(Math.max(1, n / 5 + 1)),
                PLACES.get(random.nextInt(PLACES.size())) + " " + KINDS.get(random.nextInt(KINDS.size())) + " " + n,
                title,
                "Gwasanaeth " + title,
                text(random, List.of(speciality), 60),
                text(random, List.of(speciality), 20),
                speciality,
                pick(random, cohorts, 1 + random.nextInt(2)),
                UNITS.get(random.nextInt(UNITS.size())),
                1_000 + random.nextInt(199_000),
                VAT.get(random.nextInt(VAT.size())),
                List.of(area),
                random.nextInt(4) == 0 ? "QUARTER" : "MONTH",
                Map.of(area, random.nextInt(capacity + 1)),
                Map.of(area, capacity),
                random.nextInt(30),
                1 + random.nextInt(5),
                random.nextInt(8) == 0,
                random.nextInt(3) == 0,
                random.nextInt(10) == 0,
                random.nextInt(6) == 0,
                speciality,
                Instant.parse("2026-06-01T00:00:00Z").plusSeconds(random.nextInt(15_000_000)));
    }

    /** Seven in ten cover a police force area, two in ten a contract package area, one in ten a region. */
    private Area area(Random random) {
        int roll = random.nextInt(10);
        List<Area> layer = roll < 7 ? forces : roll < 9 ? packages : regions;
        return layer.get(random.nextInt(layer.size()));
    }

    private static String text(Random random, List<String> services, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            List<String> pool =
                    random.nextBoolean() ? COMMON : WORDS.get(services.get(random.nextInt(services.size())));
            text.append(pool.get(random.nextInt(pool.size()))).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString().trim();
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(picked);
    }
}
