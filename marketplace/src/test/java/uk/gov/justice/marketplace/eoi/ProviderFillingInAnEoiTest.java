package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.eoi.EoiFixtures.MONDAY;
import static uk.gov.justice.marketplace.eoi.EoiFixtures.VOCABULARIES;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;

class ProviderFillingInAnEoiTest {

    @Test
    void a_provider_fills_the_form_in_over_several_sittings_and_sees_each_parts_progress() {
        ExpressionOfInterest eoi = EoiFixtures.aDraft()
                .answer(EoiFixtures.organisation())
                .eoi()
                .answer(new ServicesOffered(List.of("womens-services"), null, null, null))
                .eoi();

        assertThat(eoi.current().answers().progress(VOCABULARIES))
                .containsEntry(EoiPart.ORGANISATION, PartProgress.COMPLETED)
                .containsEntry(EoiPart.SERVICES, PartProgress.IN_PROGRESS)
                .containsEntry(EoiPart.EVIDENCE, PartProgress.NOT_STARTED);
        assertThat(eoi.current().status()).isEqualTo(EoiStatus.DRAFT);
    }

    @Test
    void submitting_an_incomplete_form_lists_every_missing_answer_and_keeps_the_draft() {
        ExpressionOfInterest draft = EoiFixtures.aDraft()
                .answer(new OrganisationFacts(
                        "Gwent Women's Centre", null, null, null, null, "not-an-email", null, null, null, null))
                .eoi();

        assertThatThrownBy(() -> draft.submit(VOCABULARIES, MONDAY))
                .isInstanceOfSatisfying(InvalidInputs.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput::field)
                        .contains(
                                "organisation.legalForm",
                                "organisation.contactEmail",
                                "organisation.vcse",
                                "exclusions",
                                "selection",
                                "services",
                                "coverage",
                                "evidence")
                        .doesNotContain("organisation.legalName"));
        assertThat(draft.current().status()).isEqualTo(EoiStatus.DRAFT);
    }

    @Test
    void answers_must_come_from_the_reference_lists() {
        ServicesOffered services = new ServicesOffered(List.of("juggling"), List.of("women"), true, null);
        Coverage coverage = new Coverage(List.of("atlantis"), Map.of("atlantis", 10), Coverage.RiskAppetite.NONE);

        assertThat(services.problems(VOCABULARIES))
                .extracting(InvalidInput::field)
                .containsExactly("services.specialities");
        assertThat(coverage.problems(VOCABULARIES))
                .extracting(InvalidInput::field)
                .containsExactly("coverage.areas");
    }

    @Test
    void capacity_is_given_for_every_area_and_only_for_those_areas() {
        Coverage missing =
                new Coverage(List.of("gwent", "south-wales"), Map.of("gwent", 100), Coverage.RiskAppetite.NONE);
        Coverage stray =
                new Coverage(List.of("gwent"), Map.of("gwent", 100, "dyfed-powys", 20), Coverage.RiskAppetite.NONE);

        assertThat(missing.problems(VOCABULARIES))
                .extracting(p -> p.field() + " " + p.getMessage())
                .containsExactly("coverage.peoplePerYear error.eoi.missing");
        assertThat(stray.problems(VOCABULARIES))
                .extracting(p -> p.field() + " " + p.getMessage())
                .containsExactly("coverage.peoplePerYear error.eoi.invalid");
    }

    @Test
    void a_provider_that_declares_an_exclusion_ground_explains_what_it_has_done_about_it() {
        assertThat(new ExclusionDeclarations(false, true, " ").problems(VOCABULARIES))
                .extracting(InvalidInput::field)
                .containsExactly("exclusions.selfCleaning");
        assertThat(new ExclusionDeclarations(false, false, null).problems(VOCABULARIES))
                .isEmpty();
    }

    @Test
    void a_justice_data_lab_rate_over_one_hundred_percent_is_refused() {
        Evidence evidence = new Evidence(
                "Case study",
                null,
                List.of(new Evidence.JusticeDataLabResult(
                        100, new java.math.BigDecimal("120"), new java.math.BigDecimal("30"), false)));

        assertThat(evidence.problems(VOCABULARIES))
                .extracting(InvalidInput::field)
                .containsExactly("evidence.justiceDataLab");
    }

    @Test
    void a_complete_form_is_submitted_and_then_cannot_be_edited_while_the_steward_has_it() {
        ExpressionOfInterest.Change submitted = EoiFixtures.aCompleteDraft().submit(VOCABULARIES, MONDAY);

        assertThat(submitted.event()).isInstanceOf(EoiEvent.EoiSubmitted.class);
        assertThat(submitted.eoi().current().submittedAt()).isEqualTo(MONDAY);
        assertThatThrownBy(() -> submitted.eoi().answer(EoiFixtures.services())).isInstanceOf(ConflictingChange.class);
    }

    @Test
    void updating_an_approved_eoi_starts_a_new_version_and_the_approved_one_stays_published() {
        ExpressionOfInterest approved = EoiFixtures.anApprovedEoi();

        ExpressionOfInterest.Change update = approved.answer(new ServicesOffered(
                List.of("womens-services", "accommodation", "mentoring"), List.of("women"), true, null));

        assertThat(update.event()).isInstanceOf(EoiEvent.UpdateStarted.class);
        assertThat(update.eoi().current().number()).isEqualTo(2);
        assertThat(update.eoi().current().status()).isEqualTo(EoiStatus.DRAFT);
        assertThat(update.eoi().published()).map(EoiVersion::number).contains(1);
        assertThat(update.eoi().published().orElseThrow().answers().services().specialities())
                .doesNotContain("mentoring");
    }

    @Test
    void a_withdrawn_eoi_leaves_the_register_for_good() {
        ExpressionOfInterest withdrawn = EoiFixtures.anApprovedEoi().withdraw().eoi();

        assertThat(withdrawn.published()).isEmpty();
        assertThatThrownBy(withdrawn::withdraw).isInstanceOf(ConflictingChange.class);
        assertThatThrownBy(() -> withdrawn.answer(EoiFixtures.services())).isInstanceOf(ConflictingChange.class);
    }
}
