package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void what_people_type_passes_unchanged_including_tabs_new_lines_and_welsh_and_emoji() {
        String typed = "Llys\u0175 Cymru\tTŷ\r\nSecond line \uD83D\uDE00";

        assertThat(UntrustedText.refused("details", typed, 100)).isEqualTo(typed);
        assertThat(UntrustedText.cleaned("details", typed, 100)).isEqualTo(typed);
    }

    @Test
    void nul_control_characters_and_a_lone_surrogate_are_refused_naming_the_field() {
        for (String hostile : new String[] {"a\u0000b", "a\u001b[2J", "a\u007f", "a\uD800", "\uDC00a", "a\uD800b"}) {
            assertThatThrownBy(() -> UntrustedText.refused("name", hostile, 100))
                    .as(hostile)
                    .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("name");
                        assertThat(refusal.getMessage()).isEqualTo("error.text.unreadable");
                    });
        }
    }

    @Test
    void cleaning_drops_control_characters_and_marks_a_lone_surrogate() {
        assertThat(UntrustedText.cleaned("name", "Pasted\u0000 Trust\u0007", 100))
                .isEqualTo("Pasted Trust");
        assertThat(UntrustedText.cleaned("name", "half \uD800 a pair", 100)).isEqualTo("half \uFFFD a pair");
    }

    @Test
    void text_over_the_limit_is_refused_on_both_channels() {
        String tooLong = "x".repeat(101);

        assertThatThrownBy(() -> UntrustedText.refused("name", tooLong, 100)).hasMessage("error.text.tooLong");
        assertThatThrownBy(() -> UntrustedText.cleaned("name", tooLong, 100)).hasMessage("error.text.tooLong");
        assertThat(UntrustedText.refused("name", "x".repeat(100), 100)).hasSize(100);
    }

    @Test
    void a_missing_value_stays_missing_for_the_use_case_to_judge() {
        assertThat(UntrustedText.refused("name", null, 100)).isNull();
        assertThat(UntrustedText.cleaned("name", null, 100)).isNull();
    }
}
