package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;

/** The steward's limits judged by their own rules, without HTTP: each field is told its own message. */
class StewardSettingLimitsTest {

    @Test
    void a_vcse_share_above_a_hundred_is_told_as_a_vcse_share_not_as_a_risk_transfer() {
        StewardshipLimits limits = new StewardshipLimits(BigDecimal.valueOf(30), 30, BigDecimal.valueOf(120));

        assertThatThrownBy(limits::check)
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field, InvalidInput::getMessage)
                        .containsExactly(tuple("minVcseSharePercent", "error.stewardship.vcseShare")));
    }

    @Test
    void every_limit_out_of_range_is_reported_at_once_against_its_own_field() {
        StewardshipLimits limits = new StewardshipLimits(BigDecimal.valueOf(-1), 400, null);

        assertThatThrownBy(limits::check)
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field, InvalidInput::getMessage)
                        .containsExactly(
                                tuple("maxRiskTransferPercent", "error.chain.terms.riskTransfer"),
                                tuple("maxPaymentTermsDays", "error.chain.terms.paymentTerms"),
                                tuple("minVcseSharePercent", "error.stewardship.vcseShare")));
    }

    @Test
    void limits_from_nought_to_a_hundred_percent_and_up_to_a_year_to_pay_may_be_set() {
        new StewardshipLimits(BigDecimal.ZERO, 365, BigDecimal.valueOf(100)).check();
    }
}
