package uk.gov.justice.marketplace.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Five published rate-card services across Wales, Yorkshire and the North East, priced from £25 to £1,500. */
final class RateCardFixtures {

    static final String MENTORING = "gwent-mentoring-session";
    static final String TENANCY = "cymru-tenancy-support";
    static final String RECOVERY = "swansea-recovery-group";
    static final String EMPLOYMENT = "leeds-employment-course";
    static final String PLACEMENT = "tyneside-housing-placement";

    static final List<RateCardDocument> SERVICES = List.of(
            service(
                    MENTORING,
                    "Gwent Women's Centre",
                    "Mentoring session",
                    "One-to-one mentoring for women on probation, at the centre or at home.",
                    "SESSION",
                    "womens-services",
                    "gwent",
                    4_500,
                    12,
                    0),
            service(
                    TENANCY,
                    "Tai Cymru Housing",
                    "Tenancy support",
                    "Weekly visits to help people leaving custody keep their tenancy.",
                    "WEEK",
                    "accommodation",
                    "region-wales",
                    12_000,
                    3,
                    30),
            recoveryGroupAt(2_500),
            employmentCourseWithLeft(20),
            service(
                    PLACEMENT,
                    "Tyneside Housing Pathways",
                    "Housing placement",
                    "Six months of supported housing for veterans.",
                    "PLACE",
                    "accommodation",
                    "region-north-east",
                    150_000,
                    1,
                    2));

    private RateCardFixtures() {}

    /** The recovery group in South Wales at a price, so a test can reprice it. */
    static RateCardDocument recoveryGroupAt(long pricePence) {
        return service(
                RECOVERY,
                "Swansea Recovery Collective",
                "Recovery group",
                "Peer-led recovery group sessions.",
                "SESSION",
                "drugs-alcohol",
                "south-wales",
                pricePence,
                0,
                8);
    }

    /** The employment course in West Yorkshire with units left this period, so a test can take some. */
    static RateCardDocument employmentCourseWithLeft(int leftThisPeriod) {
        return service(
                EMPLOYMENT,
                "Leeds Mentoring Trust",
                "Employment course",
                "Twelve weeks of training into employment, with mentoring.",
                "PROGRAMME",
                "education-training-employment",
                "west-yorkshire",
                60_000,
                leftThisPeriod,
                20);
    }

    static RateCardDocument service(
            String id,
            String provider,
            String title,
            String description,
            String unit,
            String speciality,
            String area,
            long pricePence,
            int leftThisPeriod,
            int leftNextPeriod) {
        return new RateCardDocument(
                id,
                "provider-" + id,
                provider,
                title,
                "Cymraeg: " + title,
                description,
                "",
                speciality,
                List.of("adults"),
                unit,
                pricePence,
                "EXEMPT",
                List.of(area),
                "MONTH",
                Map.of(area, leftThisPeriod),
                Map.of(area, leftNextPeriod),
                10,
                1,
                area.contains("wales") || area.equals("gwent"),
                pricePence > 10_000,
                false,
                false,
                "",
                Instant.parse("2026-11-01T09:00:00Z"));
    }
}
