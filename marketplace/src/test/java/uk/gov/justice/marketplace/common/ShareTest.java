package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void a_share_is_a_percentage_from_nought_to_a_hundred() {
        assertThat(Share.percent("0").percent()).isEqualByComparingTo("0");
        assertThat(Share.percent("100").percent()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> Share.percent("100.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.percent("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Share.fits(new BigDecimal("120"))).isFalse();
        assertThat(Share.fits(null)).isFalse();
    }

    @Test
    void thirty_and_thirty_point_nought_are_the_same_share() {
        assertThat(Share.percent("30")).isEqualTo(Share.percent("30.0")).hasSameHashCodeAs(Share.percent("30.0"));
        assertThat(Share.percent("35").isAbove(Share.percent("30"))).isTrue();
        assertThat(Share.percent("20").isBelow(Share.percent("25"))).isTrue();
    }

    @Test
    void a_share_applied_to_money_is_that_fraction_of_it() {
        assertThat(Money.pounds("200").times(Share.percent("12.5").fraction())).isEqualTo(Money.pounds("25"));
    }
}
