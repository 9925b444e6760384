package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.marketplace.eoi.EoiFixtures.MONDAY;
import static uk.gov.justice.marketplace.eoi.EoiFixtures.STEWARD;
import static uk.gov.justice.marketplace.eoi.EoiFixtures.VOCABULARIES;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.InvalidInput;

class StewardReviewingAnEoiTest {

    @Test
    void the_steward_asks_for_a_change_the_provider_resubmits_and_the_steward_approves() {
        ExpressionOfInterest.Change asked = EoiFixtures.aSubmittedEoi()
                .requestChanges(
                        1,
                        "Nearly there",
                        Map.of(EoiPart.EVIDENCE, "Add your outcome figures for 2025"),
                        STEWARD,
                        MONDAY);
        assertThat(asked.eoi().current().status()).isEqualTo(EoiStatus.CHANGES_REQUESTED);
        assertThat(asked.eoi().current().decision().partComments())
                .containsEntry(EoiPart.EVIDENCE, "Add your outcome figures for 2025");

        ExpressionOfInterest resubmitted = asked.eoi()
                .answer(new Evidence("Case study", "62% in settled housing", null))
                .eoi()
                .submit(VOCABULARIES, MONDAY)
                .eoi();
        ExpressionOfInterest.Change approved = resubmitted.approve(1, "Meets the criteria", STEWARD, MONDAY);

        assertThat(approved.event()).isInstanceOf(EoiEvent.EoiApproved.class);
        assertThat(approved.eoi().published()).isPresent();
        assertThat(approved.eoi().current().decision().decidedBy()).isEqualTo(STEWARD);
    }

    @Test
    void changes_can_only_be_requested_with_a_comment_on_a_part() {
        assertThatThrownBy(() -> EoiFixtures.aSubmittedEoi()
                        .requestChanges(1, "Please fix", Map.of(EoiPart.EVIDENCE, " "), STEWARD, MONDAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("partComments"));
    }

    @Test
    void every_decision_needs_a_reason() {
        assertThatThrownBy(() -> EoiFixtures.aSubmittedEoi().reject(1, "  ", STEWARD, MONDAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void when_two_stewards_decide_the_same_version_the_second_is_told_it_was_already_decided() {
        ExpressionOfInterest read = EoiFixtures.aSubmittedEoi();
        ExpressionOfInterest afterFirst =
                read.approve(1, "Meets the criteria", STEWARD, MONDAY).eoi();

        assertThatThrownBy(() -> afterFirst.reject(1, "No safeguarding policy", "other@justice.gov.uk", MONDAY))
                .isInstanceOf(ConflictingChange.class)
                .hasMessage("error.eoi.decision.stale");
    }

    @Test
    void a_draft_cannot_be_approved() {
        assertThatThrownBy(() -> EoiFixtures.aCompleteDraft().approve(1, "Looks good", STEWARD, MONDAY))
                .isInstanceOf(ConflictingChange.class);
    }

    @Test
    void a_rejected_eoi_is_final() {
        ExpressionOfInterest rejected = EoiFixtures.aSubmittedEoi()
                .reject(1, "Not a VCSE organisation", STEWARD, MONDAY)
                .eoi();

        assertThat(rejected.published()).isEmpty();
        assertThatThrownBy(() -> rejected.answer(EoiFixtures.services())).isInstanceOf(ConflictingChange.class);
        assertThatThrownBy(() -> rejected.submit(VOCABULARIES, MONDAY)).isInstanceOf(ConflictingChange.class);
    }
}
