package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    private record Order(int quantity, int days) {}

    private static final Policies<Order> RULES = Policies.of(
            Policy.onField("quantity", "error.quantity", o -> o.quantity() > 0),
            Policy.named("too-slow", o -> o.days() <= 30, o -> Map.of("limit", 30, "actual", o.days())));

    @Test
    void every_rule_is_judged_and_each_refusal_names_its_key_field_and_what_it_found() {
        assertThat(RULES.reasons(new Order(0, 45)))
                .containsExactly(
                        new Policy.Reason("error.quantity", "quantity", Map.of()),
                        new Policy.Reason("too-slow", null, Map.of("limit", 30, "actual", 45)));
        assertThat(RULES.reasons(new Order(1, 30))).isEmpty();
    }

    @Test
    void a_refused_subject_is_answered_with_every_field_at_fault_at_once() {
        Policies<Order> answers = Policies.of(
                Policy.onField("quantity", "error.quantity", o -> o.quantity() > 0),
                Policy.onField("days", "error.days", o -> o.days() >= 0));
        assertThatThrownBy(() -> answers.require(new Order(0, -1)))
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field, InvalidInput::getMessage)
                        .containsExactly(tuple("quantity", "error.quantity"), tuple("days", "error.days")));
    }
}
