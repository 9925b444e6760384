package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedHistoryTest {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);
    private static final LocalDate JULY = LocalDate.of(2027, 7, 1);

    private final DatedHistory<String> prices =
            DatedHistory.<String>empty().with("£100", APRIL, APRIL).with("£120", JULY, APRIL);

    @Test
    void the_version_in_force_on_a_day_is_the_latest_that_had_taken_effect_by_then() {
        assertThat(prices.inForceOn(APRIL.minusDays(1))).isEmpty();
        assertThat(prices.inForceOn(APRIL)).map(Dated::value).contains("£100");
        assertThat(prices.inForceOn(JULY.minusDays(1))).map(Dated::value).contains("£100");
        assertThat(prices.inForceOn(JULY)).map(Dated::value).contains("£120");
    }

    @Test
    void a_new_version_keeps_every_earlier_one_numbered_in_order() {
        assertThat(prices.size()).isEqualTo(2);
        assertThat(prices.version(1)).isEqualTo(new Dated<>("£100", APRIL));
        assertThat(prices.latest()).contains(new Dated<>("£120", JULY));
    }

    @Test
    void a_second_change_on_the_same_day_replaces_the_first_from_then_on() {
        DatedHistory<String> corrected = prices.with("£125", JULY, JULY);
        assertThat(corrected.inForceOn(JULY)).map(Dated::value).contains("£125");
        assertThat(corrected.size()).isEqualTo(3);
    }

    @Test
    void a_change_backdated_before_the_day_given_or_the_latest_version_is_refused() {
        assertThatThrownBy(() -> prices.with("£90", JULY.minusDays(1), JULY))
                .isInstanceOf(ConflictingChange.class)
                .hasMessage("error.dated.backdated");
        assertThatThrownBy(() -> prices.with("£90", APRIL, APRIL))
                .isInstanceOf(ConflictingChange.class)
                .hasMessage("error.dated.backdated");
    }
}
