package uk.gov.justice.marketplace.search;

import java.time.Instant;
import java.util.List;

/**
 * A second kind, declared only here, to show a kind needs no engine code: a priced service a provider offers (the
 * rate card's services will be the real one), filtered by price range and sorted by price.
 */
final class ServiceOffers {

    /** A priced service: the price in pence per unit. */
    record ServiceOffer(
            String id,
            String provider,
            String title,
            String description,
            String unit,
            List<String> specialities,
            List<String> areas,
            long pricePence,
            Instant updatedAt) {}

    static final DocumentKind<ServiceOffer> KIND = DocumentKind.<ServiceOffer>builder(
                    "service-offers", "v1", ServiceOffer::id)
            .display("title", ServiceOffer::title)
            .display("provider", ServiceOffer::provider)
            .sortText("title_sort", ServiceOffer::title)
            .number("price", ServiceOffer::pricePence)
            .moment("updated_at", o -> o.updatedAt().toEpochMilli())
            .facet("unit", o -> List.of(o.unit()))
            .facet("specialities", ServiceOffer::specialities)
            .areas("areas", ServiceOffer::areas)
            .text("t_title", "title", 3.0f, ServiceOffer::title)
            .text("t_description", "description", 1.0f, ServiceOffer::description)
            .snippetsFrom("description")
            .browsedBy("title_sort")
            .build();

    static final String MENTORING = "gwent-mentoring-session";
    static final String TENANCY = "cymru-tenancy-support";
    static final String RECOVERY = "swansea-recovery-group";
    static final String EMPLOYMENT = "leeds-employment-course";
    static final String PLACEMENT = "tyneside-housing-placement";

    static final List<ServiceOffer> OFFERS = List.of(
            offer(
                    MENTORING,
                    "Gwent Women's Centre",
                    "Mentoring session",
                    "One-to-one mentoring for women on " + "probation, at the centre or at home.",
                    "per-session",
                    "womens-services",
                    "gwent",
                    4_500),
            offer(
                    TENANCY,
                    "Tai Cymru Housing",
                    "Tenancy support",
                    "Weekly visits to help people leaving custody " + "keep their tenancy.",
                    "per-week",
                    "accommodation",
                    "region-wales",
                    12_000),
            offer(
                    RECOVERY,
                    "Swansea Recovery Collective",
                    "Recovery group",
                    "Peer-led recovery group sessions.",
                    "per-session",
                    "drugs-alcohol",
                    "south-wales",
                    2_500),
            offer(
                    EMPLOYMENT,
                    "Leeds Mentoring Trust",
                    "Employment course",
                    "Twelve weeks of training into " + "employment, with mentoring.",
                    "per-person",
                    "education-training-employment",
                    "west-yorkshire",
                    60_000),
            offer(
                    PLACEMENT,
                    "Tyneside Housing Pathways",
                    "Housing placement",
                    "Six months of supported housing " + "for veterans.",
                    "per-person",
                    "accommodation",
                    "region-north-east",
                    150_000));

    private ServiceOffers() {}

    static ServiceOffer offer(
            String id,
            String provider,
            String title,
            String description,
            String unit,
            String speciality,
            String area,
            long pricePence) {
        return new ServiceOffer(
                id,
                provider,
                title,
                description,
                unit,
                List.of(speciality),
                List.of(area),
                pricePence,
                Instant.parse("2026-11-01T09:00:00Z"));
    }
}
