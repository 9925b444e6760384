package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policy;

/** A partner's terms are judged by one named list of rules; the lead hears every problem at once, field by field. */
class LeadRecordingTermsThatDoNotAddUpTest {

    @Test
    void terms_with_nothing_filled_in_name_every_missing_answer_in_the_order_the_form_asks_them() {
        PartnerTerms blank = new PartnerTerms(null, null, null, null, null, null, null, null, null);

        assertThat(PartnerTerms.RULES.reasons(blank))
                .extracting(Policy.Reason::field, Policy.Reason::key)
                .containsExactly(
                        tuple("specialities", "error.chain.terms.specialities"),
                        tuple("annualVolume", "error.chain.terms.missing"),
                        tuple("annualValue", "error.chain.terms.missing"),
                        tuple("paymentTermsDays", "error.chain.terms.missing"),
                        tuple("riskTransferPercent", "error.chain.terms.missing"),
                        tuple("start", "error.chain.terms.missing"),
                        tuple("end", "error.chain.terms.missing"));
    }

    @Test
    void answers_given_but_wrong_are_each_refused_with_their_own_reason() {
        PartnerTerms wrong = new PartnerTerms(
                List.of("womens-services"),
                List.of(),
                List.of(),
                -1,
                Money.pounds("-5"),
                366,
                new BigDecimal("101"),
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 4, 1));

        assertThatThrownBy(wrong::check)
                .isInstanceOfSatisfying(InvalidInputs.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput::field, InvalidInput::getMessage)
                        .containsExactly(
                                tuple("annualVolume", "error.chain.terms.negative"),
                                tuple("annualValue", "error.chain.terms.negative"),
                                tuple("paymentTermsDays", "error.chain.terms.paymentTerms"),
                                tuple("riskTransferPercent", "error.chain.terms.riskTransfer"),
                                tuple("end", "error.chain.terms.dates")));
    }

    @Test
    void terms_that_add_up_pass_every_rule() {
        assertThat(PartnerTerms.RULES.reasons(SupplyChainRulesTest.terms("180000", 30, "20")))
                .isEmpty();
    }
}
