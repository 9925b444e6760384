package uk.gov.justice.marketplace.reference;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

@MarketplaceTest
class ReferenceApiTest implements FreshDatabase {

    @Inject
    Portal portal;

    private static int count(String json, String needle) {
        return json.split(needle, -1).length - 1;
    }

    @Test
    void the_three_layers_are_listed_with_their_sizes() {
        assertThat(count(portal.api().get("/api/areas?layer=police-force-area").body(), "\"code\""))
                .isEqualTo(43);
        assertThat(count(
                        portal.api()
                                .get("/api/areas?layer=contract-package-area")
                                .body(),
                        "\"code\""))
                .isEqualTo(21);
        assertThat(count(portal.api().get("/api/areas?layer=probation-region").body(), "\"code\""))
                .isEqualTo(12);
        assertThat(count(portal.api().get("/api/areas").body(), "\"code\"")).isEqualTo(76);
    }

    @Test
    void an_area_resolves_to_its_forces_the_areas_inside_it_and_the_areas_it_sits_in() {
        HttpAnswer gwent = portal.api().get("/api/areas/gwent");

        assertThat(gwent.status()).isEqualTo(200);
        assertThat(gwent.body())
                .contains(
                        "\"containedBy\":[",
                        "\"cpa-wales\"",
                        "\"region-wales\"",
                        "Gwent Police and Crime Commissioner");
        assertThat(portal.api().get("/api/areas/region-wales").body())
                .contains("\"policeForceAreas\":[\"dyfed-powys\",\"gwent\",\"north-wales\",\"south-wales\"]");
    }

    @Test
    void names_come_in_welsh_when_asked_for() {
        assertThat(portal.api().get("/api/areas/south-wales?lang=cy").body()).contains("\"name\":\"De Cymru\"");
        assertThat(portal.api().withLanguage("cy").get("/api/specialities").body())
                .contains("Llety", "Mentora");
        assertThat(portal.api().get("/api/cohorts").body()).contains("Women", "Welsh speakers");
    }

    @Test
    void an_unknown_area_is_a_problem_naming_the_area_field() {
        HttpAnswer answer = portal.api().get("/api/areas/atlantis");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"area\"", "atlantis");
    }

    @Test
    void an_unknown_layer_is_a_problem_naming_the_layer_field() {
        HttpAnswer answer = portal.api().get("/api/areas?layer=county");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"field\":\"layer\"");
    }

    @Test
    void the_working_day_calculator_counts_over_christmas_and_refuses_a_bad_date() {
        assertThat(portal.api().get("/api/working-days?from=2026-12-18&add=10").body())
                .contains("\"date\":\"2027-01-06\"");
        HttpAnswer bad = portal.api().get("/api/working-days?from=2026-02-30&add=10");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"from\"");
        assertThat(portal.api().get("/api/bank-holidays/2022").body()).contains("2022-09-19");
    }
}
