package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_in_the_same_currency_add_subtract_and_compare_by_value() {
        assertThat(Money.pounds("10")).isEqualTo(Money.pounds("10.00")).hasSameHashCodeAs(Money.pounds("10.00"));
        assertThat(Money.pounds("180000").plus(Money.pounds("220000.50"))).isEqualTo(Money.pounds("400000.50"));
        assertThat(Money.pounds("10").minus(Money.pounds("25")).isNegative()).isTrue();
        assertThat(Money.pounds("10").compareTo(Money.pounds("10.00"))).isZero();
        assertThat(Money.pounds("10.01").isMoreThan(Money.pounds("10"))).isTrue();
        assertThat(Money.pounds("9.99").isLessThan(Money.pounds("10"))).isTrue();
    }

    @Test
    void a_sum_of_nothing_is_zero_in_the_currency_asked_for() {
        assertThat(Money.sum(List.of(), Money.GBP).isZero()).isTrue();
        assertThat(Money.sum(List.of(Money.pounds("1.10"), Money.pounds("2.20")), Money.GBP))
                .isEqualTo(Money.pounds("3.30"));
    }

    @Test
    void pounds_and_euros_are_never_added_or_compared() {
        Money euros = new Money(BigDecimal.TEN, "EUR");
        assertThatThrownBy(() -> Money.pounds("10").plus(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.pounds("10").isMoreThan(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.sum(List.of(euros), Money.GBP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multiplying_rounds_half_up_to_the_penny() {
        assertThat(Money.pounds("100.05").times(new BigDecimal("0.5"))).isEqualTo(Money.pounds("50.03"));
    }

    @Test
    void a_fraction_of_a_penny_cannot_be_written_down() {
        assertThatThrownBy(() -> Money.pounds("0.001")).isInstanceOf(IllegalArgumentException.class);
    }
}
