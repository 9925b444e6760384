package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.common.Transitions;

class FormPageTest {

    private static final FormPage FORM = FormPage.of("feature/form");

    /** The page again, told as its status and each refused input with its message key. */
    private static String answer(FormPage form, Supplier<String> useCase) {
        return form.answer(
                useCase,
                (status, fields) -> status.getCode() + " "
                        + fields.stream()
                                .map(f -> f.field() + "=" + f.getMessage())
                                .toList());
    }

    @Test
    void a_form_the_use_case_accepts_gets_the_use_cases_own_answer() {
        assertThat(answer(FORM, () -> "303 /done")).isEqualTo("303 /done");
    }

    @Test
    void every_refused_answer_is_shown_again_at_once_with_422() {
        assertThat(answer(FORM, () -> {
                    throw new InvalidInputs(List.of(
                            new InvalidInput("name", "error.name.missing"),
                            new InvalidInput("email", "error.email.invalid")));
                }))
                .isEqualTo("422 [name=error.name.missing, email=error.email.invalid]");
    }

    @Test
    void one_refused_answer_is_shown_again_like_several() {
        assertThat(answer(FORM, () -> {
                    throw new InvalidInput("reason", "error.chain.reason");
                }))
                .isEqualTo("422 [reason=error.chain.reason]");
    }

    @Test
    void a_policys_reasons_are_shown_beside_their_answers() {
        Policies<Integer> rules = Policies.of(Policy.onField("days", "error.days.tooMany", days -> days <= 60));
        assertThat(answer(FORM, () -> {
                    rules.require(90);
                    return "303 /done";
                }))
                .isEqualTo("422 [days=error.days.tooMany]");
    }

    @Test
    void a_page_with_several_forms_names_the_inputs_its_own_way() {
        FormPage named = FORM.fieldsNamed(field -> field + "-42");
        assertThat(answer(named, () -> {
                    throw new InvalidInput("note", "error.note.missing");
                }))
                .isEqualTo("422 [note-42=error.note.missing]");
    }

    @Test
    void a_form_with_one_input_tells_every_refusal_there() {
        assertThat(answer(FORM.everyFieldOn("file"), () -> {
                    throw new InvalidInput("content", "error.evidence.notPdf");
                }))
                .isEqualTo("422 [file=error.evidence.notPdf]");
    }

    @Test
    void a_stale_decision_is_shown_again_with_409_beside_the_decision() {
        assertThat(answer(FORM.conflictsShownOn("outcome"), () -> {
                    throw new ConflictingChange("error.eoi.decision.stale");
                }))
                .isEqualTo("409 [outcome=error.eoi.decision.stale]");
    }

    @Test
    void a_move_the_table_refuses_is_a_conflict_too() {
        Transitions<HttpStatus, Object> table = Transitions.<HttpStatus, Object>refusing("error.move.refused")
                .allow(HttpStatus.OK, String.class, HttpStatus.CREATED)
                .build();
        assertThat(answer(FORM.conflictsShownOn("outcome"), () -> {
                    table.next(HttpStatus.CREATED, String.class);
                    return "303 /done";
                }))
                .isEqualTo("409 [outcome=error.move.refused]");
    }

    @Test
    void a_conflict_on_a_form_that_does_not_tell_it_is_left_to_the_error_page() {
        ConflictingChange stale = new ConflictingChange("error.chain.changed");
        assertThatThrownBy(() -> answer(FORM, () -> {
                    throw stale;
                }))
                .isSameAs(stale);
    }

    @Test
    void a_thing_an_answer_names_that_does_not_exist_is_told_beside_that_answer() {
        assertThat(answer(FORM, () -> {
                    throw new NotFound("partnerId", "error.chain.notOnRegister");
                }))
                .isEqualTo("422 [partnerId=error.chain.notOnRegister]");
    }

    @Test
    void a_refusal_about_no_answer_is_left_to_the_error_page() {
        Forbidden notYours = new Forbidden("error.chain.notYours");
        assertThatThrownBy(() -> answer(FORM.conflictsShownOn("outcome"), () -> {
                    throw notYours;
                }))
                .isSameAs(notYours);
    }
}
