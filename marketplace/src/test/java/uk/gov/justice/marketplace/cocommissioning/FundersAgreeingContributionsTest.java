package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.common.Share;

/** The rules every version's terms must meet before anyone may sign them, judged without HTTP. */
class FundersAgreeingContributionsTest {

    private final UUID pcc = UUID.randomUUID();
    private final UUID probation = UUID.randomUUID();

    @Test
    void contributions_that_do_not_add_up_to_the_total_are_refused_naming_the_year() {
        AgreementTerms terms = Terms.twoFunders(pcc, probation, "100000", "60000", "30000");

        assertThat(AgreementTerms.RULES.reasons(terms))
                .extracting(Policy.Reason::key, Policy.Reason::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "cocommissioning.error.contributions.dontAddUp", "contributions"));
        assertThat(AgreementTerms.RULES.reasons(terms).get(0).found()).containsEntry("years", "2026-27");
    }

    @Test
    void sixty_forty_in_pounds_or_in_shares_adds_up_and_gives_the_same_shares() {
        AgreementTerms pounds = Terms.twoFunders(pcc, probation, "100000", "60000", "40000");
        AgreementTerms shares = Terms.sharesOf(pcc, probation, "100000", "60", "40");

        assertThat(AgreementTerms.RULES.reasons(pounds)).isEmpty();
        assertThat(AgreementTerms.RULES.reasons(shares)).isEmpty();
        assertThat(pounds.sharesOf(pcc)).containsEntry(Terms.YEAR, Share.percent("60"));
        assertThat(shares.contributionsOf(probation)).containsEntry(Terms.YEAR, Money.pounds("40000"));
    }

    @Test
    void shares_over_the_whole_are_refused() {
        assertThat(AgreementTerms.RULES.reasons(Terms.sharesOf(pcc, probation, "100000", "70", "40")))
                .extracting(Policy.Reason::key)
                .containsExactly("cocommissioning.error.contributions.dontAddUp");
    }

    @Test
    void an_agreed_split_must_name_every_funder_and_come_to_a_hundred_percent() {
        AgreementTerms base = Terms.twoFunders(pcc, probation, "100000", "60000", "40000");
        AgreementTerms split = withRisk(
                base,
                new RiskShare(
                        RiskShare.Rule.AGREED_SPLIT, Map.of(pcc, Share.percent("50"), probation, Share.percent("40"))));
        AgreementTerms fair = withRisk(
                base,
                new RiskShare(
                        RiskShare.Rule.AGREED_SPLIT, Map.of(pcc, Share.percent("50"), probation, Share.percent("50"))));

        assertThat(AgreementTerms.RULES.reasons(split))
                .extracting(Policy.Reason::field)
                .containsExactly("riskShare");
        assertThat(AgreementTerms.RULES.reasons(fair)).isEmpty();
    }

    @Test
    void a_host_that_is_not_a_funder_and_a_quorum_beyond_the_funders_are_refused() {
        AgreementTerms base = Terms.twoFunders(pcc, probation, "100000", "60000", "40000");
        AgreementTerms wrong = new AgreementTerms(
                UUID.randomUUID(),
                base.funding(),
                new TreeMap<>(base.totals()),
                base.funders(),
                base.services(),
                base.areas(),
                base.priorities(),
                base.riskShare(),
                3);

        assertThat(AgreementTerms.RULES.reasons(wrong))
                .extracting(Policy.Reason::field)
                .containsExactly("hostId", "quorum");
    }

    private static AgreementTerms withRisk(AgreementTerms t, RiskShare risk) {
        return new AgreementTerms(
                t.hostId(),
                t.funding(),
                t.totals(),
                t.funders(),
                t.services(),
                t.areas(),
                t.priorities(),
                risk,
                t.quorum());
    }
}
