package uk.gov.justice.marketplace.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bad edit to a data file stops the service at start-up with the file and the entry named. */
class ReferenceDataValidationTest {

    private static final String FORCES =
            """
            policeForceAreas:
              - { code: gwent, name: Gwent, nameCy: Gwent }
              - { code: south-wales, name: South Wales, nameCy: De Cymru }
            """;
    private static final String CPA =
            """
            contractPackageAreas:
              - { code: cpa-wales, name: Wales, nameCy: Cymru, policeForceAreas: [gwent, south-wales] }
            """;

    private static YamlEntries yaml(String text) {
        return YamlEntries.parse("areas.yml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void consistent_data_loads() {
        Areas areas = ReferenceDataLoader.areas(
                yaml(
                        FORCES + CPA
                                + """
                probationRegions:
                  - { code: region-wales, name: Wales, nameCy: Cymru, policeForceAreas: [gwent, south-wales] }
                """));

        assertThat(areas.all()).hasSize(4);
    }

    @Test
    void a_police_force_area_in_no_region_is_refused() {
        assertThatThrownBy(
                        () -> ReferenceDataLoader.areas(
                                yaml(
                                        FORCES + CPA
                                                + """
                probationRegions:
                  - { code: region-wales, name: Wales, nameCy: Cymru, policeForceAreas: [gwent] }
                """)))
                .isInstanceOf(InvalidReferenceData.class)
                .hasMessageContaining("areas.yml")
                .hasMessageContaining("in no probation-region")
                .hasMessageContaining("south-wales");
    }

    @Test
    void an_unknown_member_name_is_refused() {
        assertThatThrownBy(
                        () -> ReferenceDataLoader.areas(
                                yaml(
                                        FORCES
                                                + """
                contractPackageAreas:
                  - { code: cpa-wales, name: Wales, nameCy: Cymru, policeForceAreas: [gwent, south-whales] }
                """)))
                .hasMessageContaining("unknown police force area 'south-whales'");
    }

    @Test
    void a_force_in_two_groups_of_one_layer_is_refused() {
        assertThatThrownBy(
                        () -> ReferenceDataLoader.areas(
                                yaml(
                                        FORCES
                                                + """
                contractPackageAreas:
                  - { code: cpa-wales, name: Wales, nameCy: Cymru, policeForceAreas: [gwent, south-wales] }
                  - { code: cpa-gwent, name: Gwent, nameCy: Gwent, policeForceAreas: [gwent] }
                """)))
                .hasMessageContaining("gwent is in both cpa-wales and cpa-gwent");
    }

    @Test
    void a_duplicate_code_is_refused() {
        assertThatThrownBy(
                        () -> ReferenceDataLoader.areas(
                                yaml(
                                        """
                policeForceAreas:
                  - { code: gwent, name: Gwent, nameCy: Gwent }
                  - { code: gwent, name: Gwent again, nameCy: Gwent eto }
                contractPackageAreas:
                  - { code: cpa-x, name: X, nameCy: X, policeForceAreas: [gwent] }
                probationRegions:
                  - { code: region-x, name: X, nameCy: X, policeForceAreas: [gwent] }
                """)))
                .hasMessageContaining("'gwent' is used twice");
    }

    @Test
    void a_missing_welsh_name_is_refused() {
        assertThatThrownBy(
                        () -> ReferenceDataLoader.areas(
                                yaml(
                                        """
                policeForceAreas:
                  - { code: gwent, name: Gwent }
                """)))
                .hasMessageContaining("has no 'nameCy'");
    }

    @Test
    void a_commissioner_for_an_unknown_force_is_refused() {
        Areas areas = ReferenceDataLoader.areas(YamlEntries.fromClasspath(ReferenceDataLoader.AREAS));

        assertThatThrownBy(() -> ReferenceDataLoader.commissioners(
                        YamlEntries.parse(
                                "commissioners.yml",
                                new ByteArrayInputStream(
                                        """
                        commissioners:
                          - { policeForceArea: gotham, type: PCC, name: X, nameCy: X }
                        """
                                                .getBytes(StandardCharsets.UTF_8))),
                        areas))
                .hasMessageContaining("commissioners.yml")
                .hasMessageContaining("gotham");
    }

    @Test
    void the_shipped_files_load_with_every_force_having_its_commissioner() {
        Areas areas = ReferenceDataLoader.areas(YamlEntries.fromClasspath(ReferenceDataLoader.AREAS));
        Commissioners commissioners =
                ReferenceDataLoader.commissioners(YamlEntries.fromClasspath(ReferenceDataLoader.COMMISSIONERS), areas);

        assertThat(commissioners.of("city-of-london").type()).isEqualTo(Commissioner.Type.NONE);
        assertThat(commissioners.of("metropolitan-police").name().en()).contains("MOPAC");
        assertThat(commissioners.of("gwent").name().cy()).isEqualTo("Comisiynydd Heddlu a Throseddu Gwent");
        assertThat(ReferenceDataLoader.terms(
                        YamlEntries.fromClasspath(ReferenceDataLoader.SPECIALITIES), "specialities"))
                .hasSize(13);
        assertThat(ReferenceDataLoader.terms(YamlEntries.fromClasspath(ReferenceDataLoader.COHORTS), "cohorts"))
                .hasSize(11);
    }
}
