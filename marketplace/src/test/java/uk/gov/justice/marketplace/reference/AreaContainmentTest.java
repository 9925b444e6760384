package uk.gov.justice.marketplace.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.NotFound;

class AreaContainmentTest {

    private static final Areas AREAS = ReferenceDataLoader.areas(YamlEntries.fromClasspath(ReferenceDataLoader.AREAS));

    @Test
    void england_and_wales_has_43_police_force_areas_21_contract_package_areas_and_12_regions() {
        assertThat(AREAS.inLayer(AreaLayer.POLICE_FORCE_AREA)).hasSize(43);
        assertThat(AREAS.inLayer(AreaLayer.CONTRACT_PACKAGE_AREA)).hasSize(21);
        assertThat(AREAS.inLayer(AreaLayer.PROBATION_REGION)).hasSize(12);
    }

    @Test
    void gwent_sits_in_the_wales_contract_package_area_and_the_wales_region() {
        assertThat(AREAS.containing("gwent"))
                .extracting(Area::code)
                .containsExactlyInAnyOrder("cpa-wales", "region-wales");
    }

    @Test
    void the_wales_region_covers_the_four_welsh_forces() {
        assertThat(AREAS.policeForceAreasIn("region-wales"))
                .extracting(Area::code)
                .containsExactly("dyfed-powys", "gwent", "north-wales", "south-wales");
    }

    @Test
    void a_provider_covering_wales_is_found_for_gwent_and_one_covering_gwent_for_wales_but_not_for_a_neighbour() {
        assertThat(AREAS.related("region-wales", "gwent")).isTrue();
        assertThat(AREAS.related("gwent", "cpa-wales")).isTrue();
        assertThat(AREAS.related("gwent", "south-wales")).isFalse();
        assertThat(AREAS.related("region-north-east", "gwent")).isFalse();
    }

    @Test
    void layers_with_the_same_forces_contain_each_other() {
        assertThat(AREAS.related("cpa-london", "region-london")).isTrue();
        assertThat(AREAS.within("region-london"))
                .extracting(Area::code)
                .contains("cpa-london", "metropolitan-police", "city-of-london");
    }

    @Test
    void a_region_can_span_contract_package_areas() {
        // East of England holds Essex and Norfolk and Suffolk whole, and half of the Bedfordshire CPA's forces.
        assertThat(AREAS.within("region-east-of-england"))
                .extracting(Area::code)
                .contains("cpa-essex", "cpa-norfolk-and-suffolk")
                .doesNotContain("cpa-bedfordshire-northamptonshire-cambridgeshire-and-hertfordshire");
        assertThat(AREAS.related(
                        "region-east-of-england", "cpa-bedfordshire-northamptonshire-cambridgeshire-and-hertfordshire"))
                .isFalse();
    }

    @Test
    void an_unknown_area_is_refused_on_the_area_field() {
        assertThatThrownBy(() -> AREAS.require("atlantis"))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.field()).isEqualTo("area"));
    }
}
