package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;

/** Dividing confirmed spend between funders, and the year-end risk-share rules, without HTTP or a database. */
class AttributionRulesTest {

    static final UUID PCC = UUID.randomUUID();
    static final UUID PROBATION = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();

    static Map<UUID, BigDecimal> weights(Object... funderAndWeight) {
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < funderAndWeight.length; i += 2) {
            weights.put((UUID) funderAndWeight[i], new BigDecimal((String) funderAndWeight[i + 1]));
        }
        return weights;
    }

    static Map<UUID, Money> contributions(Object... funderAndAmount) {
        Map<UUID, Money> amounts = new LinkedHashMap<>();
        for (int i = 0; i < funderAndAmount.length; i += 2) {
            amounts.put((UUID) funderAndAmount[i], Money.pounds((String) funderAndAmount[i + 1]));
        }
        return amounts;
    }

    @Test
    void spend_on_a_sixty_forty_pool_is_attributed_sixty_forty() {
        Map<UUID, Money> split =
                AttributionSplit.proportionally(Money.pounds("1250.00"), weights(PCC, "60", PROBATION, "40"));

        assertThat(split).containsEntry(PCC, Money.pounds("750")).containsEntry(PROBATION, Money.pounds("500"));
    }

    @Test
    void a_pound_split_three_ways_still_adds_up_to_a_pound_and_the_spare_penny_goes_to_the_first_funder() {
        Map<UUID, Money> split =
                AttributionSplit.proportionally(Money.pounds("1.00"), weights(PCC, "1", PROBATION, "1", COUNCIL, "1"));

        assertThat(split.values()).containsExactly(Money.pounds("0.34"), Money.pounds("0.33"), Money.pounds("0.33"));
        assertThat(Money.sum(split.values(), Money.GBP)).isEqualTo(Money.pounds("1.00"));
    }

    @Test
    void the_spare_pennies_go_to_the_funders_with_the_largest_remainders() {
        Map<UUID, Money> split = AttributionSplit.proportionally(
                Money.pounds("0.10"), weights(PCC, "14", PROBATION, "43", COUNCIL, "43"));

        assertThat(split)
                .containsEntry(PCC, Money.pounds("0.02"))
                .containsEntry(PROBATION, Money.pounds("0.04"))
                .containsEntry(COUNCIL, Money.pounds("0.04"));
    }

    @Test
    void a_negative_amount_is_divided_like_a_positive_one() {
        Map<UUID, Money> split =
                AttributionSplit.proportionally(Money.pounds("-100"), weights(PCC, "60", PROBATION, "40"));

        assertThat(split).containsEntry(PCC, Money.pounds("-60")).containsEntry(PROBATION, Money.pounds("-40"));
    }

    @Test
    void weights_that_add_up_to_nothing_divide_nothing() {
        assertThatThrownBy(() -> AttributionSplit.proportionally(Money.pounds("10"), weights(PCC, "0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static final AttributionYearEnd.Terms SIXTY_FORTY = new AttributionYearEnd.Terms(
            PCC, contributions(PCC, "60000", PROBATION, "40000"), weights(PCC, "75", PROBATION, "25"));

    static Map<UUID, AttributionYearEnd.Settlement> settle(AttributionYearEnd.RiskShare rule, String spent) {
        Map<UUID, AttributionYearEnd.Settlement> byFunder = new LinkedHashMap<>();
        AttributionYearEnd.settle(rule, SIXTY_FORTY, Money.pounds(spent)).forEach(s -> byFunder.put(s.funder(), s));
        return byFunder;
    }

    @Test
    void pro_rata_divides_an_overspend_by_the_contributions() {
        var settled = settle(AttributionYearEnd.PRO_RATA, "110000");

        assertThat(settled.get(PCC).bears()).isEqualTo(Money.pounds("66000"));
        assertThat(settled.get(PCC).difference()).isEqualTo(Money.pounds("6000"));
        assertThat(settled.get(PROBATION).bears()).isEqualTo(Money.pounds("44000"));
    }

    @Test
    void pro_rata_gives_an_underspend_back_by_the_contributions() {
        var settled = settle(AttributionYearEnd.PRO_RATA, "90000");

        assertThat(settled.get(PCC).difference()).isEqualTo(Money.pounds("-6000"));
        assertThat(settled.get(PROBATION).difference()).isEqualTo(Money.pounds("-4000"));
    }

    @Test
    void when_the_host_absorbs_the_other_funders_bear_exactly_their_contributions_either_way() {
        var over = settle(AttributionYearEnd.HOST_ABSORBS, "110000");
        var under = settle(AttributionYearEnd.HOST_ABSORBS, "90000");

        assertThat(over.get(PCC).bears()).isEqualTo(Money.pounds("70000"));
        assertThat(over.get(PROBATION).bears()).isEqualTo(Money.pounds("40000"));
        assertThat(under.get(PCC).bears()).isEqualTo(Money.pounds("50000"));
        assertThat(under.get(PROBATION).bears()).isEqualTo(Money.pounds("40000"));
    }

    @Test
    void a_host_that_contributes_nothing_still_absorbs_the_variance() {
        UUID host = UUID.randomUUID();
        var terms = new AttributionYearEnd.Terms(host, contributions(PCC, "600", PROBATION, "400"), Map.of());

        var settled = AttributionYearEnd.settle(AttributionYearEnd.HOST_ABSORBS, terms, Money.pounds("1100"));

        assertThat(settled)
                .extracting(AttributionYearEnd.Settlement::funder, AttributionYearEnd.Settlement::bears)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PCC, Money.pounds("600")),
                        org.assertj.core.groups.Tuple.tuple(PROBATION, Money.pounds("400")),
                        org.assertj.core.groups.Tuple.tuple(host, Money.pounds("100")));
    }

    @Test
    void an_agreed_split_divides_the_variance_by_the_split_not_the_contributions() {
        var settled = settle(AttributionYearEnd.AGREED_SPLIT, "104000");

        assertThat(settled.get(PCC).difference()).isEqualTo(Money.pounds("3000"));
        assertThat(settled.get(PROBATION).difference()).isEqualTo(Money.pounds("1000"));
    }

    @Test
    void spend_exactly_on_the_contributions_leaves_every_funder_bearing_its_contribution() {
        for (AttributionYearEnd.RiskShare rule : AttributionYearEnd.RULES) {
            var settled = settle(rule, "100000");
            assertThat(settled.get(PCC).bears()).as(rule.name()).isEqualTo(Money.pounds("60000"));
            assertThat(settled.get(PROBATION).difference()).as(rule.name()).isEqualTo(Money.pounds("0"));
        }
    }

    @Test
    void whatever_the_rule_the_funders_together_bear_exactly_what_was_spent() {
        for (AttributionYearEnd.RiskShare rule : AttributionYearEnd.RULES) {
            var settled = settle(rule, "100000.01").values().stream()
                    .map(AttributionYearEnd.Settlement::bears)
                    .toList();
            assertThat(Money.sum(settled, Money.GBP)).as(rule.name()).isEqualTo(Money.pounds("100000.01"));
        }
    }

    @Test
    void the_rules_are_found_by_the_names_agreements_choose_them_by() {
        assertThat(AttributionYearEnd.rule("HOST_ABSORBS")).isSameAs(AttributionYearEnd.HOST_ABSORBS);
        assertThatThrownBy(() -> AttributionYearEnd.rule("WHOEVER_SHOUTS"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
