package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.reference.ReferenceFiles;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A provider describes a service in words the whole marketplace shares: its speciality, cohorts and areas come
 * from the reference data, every area has a capacity, and the evidence it points to is its own approved EoI's.
 */
class ProviderDescribingAServiceTest {

    private static final UUID APPROVED_REPORT = UUID.randomUUID();

    @Test
    void a_service_in_reference_terms_with_capacity_in_an_area_of_any_layer_passes_every_rule() {
        ServiceDetails details = RateCardFixtures.mentoring(
                CapacityPeriod.QUARTER,
                new ServedArea("cpa-west-yorkshire", 30),
                new ServedArea("region-yorkshire-and-the-humber", 0));

        assertThat(reasons(details)).isEmpty();
    }

    @Test
    void a_speciality_cohort_or_area_not_in_the_reference_data_is_refused_naming_each_answer() {
        ServiceDetails details = new ServiceDetails(
                "juggling",
                Unit.SESSION,
                "Juggling",
                "Jyglo",
                "Balls.",
                "Peli.",
                List.of("young-adults", "pirates"),
                List.of(new ServedArea("atlantis", 5)),
                1,
                CapacityPeriod.MONTH,
                0,
                false,
                List.of(),
                null,
                null);

        assertThat(reasons(details)).containsExactly("speciality", "cohorts", "areas");
    }

    @Test
    void an_area_twice_or_without_a_capacity_or_with_a_negative_one_is_refused() {
        for (List<ServedArea> areas : List.of(
                List.of(new ServedArea("west-yorkshire", 5), new ServedArea("west-yorkshire", 6)),
                List.of(new ServedArea("west-yorkshire", null)),
                List.of(new ServedArea("west-yorkshire", -1)),
                List.<ServedArea>of())) {
            assertThat(reasons(withAreas(areas))).as(areas.toString()).containsExactly("areas");
        }
    }

    @Test
    void evidence_not_in_the_providers_approved_eoi_is_refused() {
        ServiceDetails fine = withEvidence(List.of(APPROVED_REPORT));
        ServiceDetails borrowed = withEvidence(List.of(APPROVED_REPORT, UUID.randomUUID()));

        assertThat(reasons(fine)).isEmpty();
        assertThat(reasons(borrowed)).containsExactly("evidence");
    }

    @Test
    void nothing_answered_names_every_missing_answer_at_once() {
        ServiceDetails nothing = new ServiceDetails(
                null, null, " ", null, null, null, null, null, null, null, null, false, null, null, null);

        assertThat(reasons(nothing))
                .containsExactly(
                        "speciality",
                        "unit",
                        "titleEn",
                        "titleCy",
                        "descriptionEn",
                        "descriptionCy",
                        "cohorts",
                        "areas",
                        "minimumOrder",
                        "capacityPeriod",
                        "leadTimeDays");
    }

    private static List<String> reasons(ServiceDetails details) {
        return ServiceDetails.RULES
                .reasons(new ServiceDetails.Checked(
                        details,
                        ReferenceFiles.areas(),
                        ReferenceFiles.specialities(),
                        ReferenceFiles.cohorts(),
                        Set.of(APPROVED_REPORT)))
                .stream()
                .map(r -> r.field())
                .toList();
    }

    private static ServiceDetails withAreas(List<ServedArea> areas) {
        return RateCardFixtures.mentoring(CapacityPeriod.MONTH, areas.toArray(ServedArea[]::new));
    }

    private static ServiceDetails withEvidence(List<UUID> evidence) {
        ServiceDetails d = RateCardFixtures.mentoring(CapacityPeriod.MONTH, new ServedArea("west-yorkshire", 5));
        return new ServiceDetails(
                d.speciality(),
                d.unit(),
                d.titleEn(),
                d.titleCy(),
                d.descriptionEn(),
                d.descriptionCy(),
                d.cohorts(),
                d.areas(),
                d.minimumOrder(),
                d.capacityPeriod(),
                d.leadTimeDays(),
                d.welshDelivery(),
                evidence,
                null,
                null);
    }
}
