package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VatTreatmentTest {

    private static final Share TWENTY_PERCENT = Share.percent("20");

    @Test
    void only_a_standard_rated_price_carries_vat_at_the_rate_given() {
        assertThat(VatTreatment.STANDARD.vatOn(Money.pounds("99.99"), TWENTY_PERCENT))
                .isEqualTo(Money.pounds("20.00"));
        assertThat(VatTreatment.ZERO_RATED
                        .vatOn(Money.pounds("99.99"), TWENTY_PERCENT)
                        .isZero())
                .isTrue();
        assertThat(VatTreatment.EXEMPT
                        .vatOn(Money.pounds("99.99"), TWENTY_PERCENT)
                        .isZero())
                .isTrue();
    }
}
