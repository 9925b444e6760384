package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.order.ConfirmedSpend;

/** Which funder each confirmed pound came from, by the version in force on the day spent; without a database. */
class AttributingConfirmedSpendTest {

    static final UUID AGREEMENT = UUID.randomUUID();
    static final UUID PCC = UUID.randomUUID();
    static final UUID PROBATION = UUID.randomUUID();
    static final UUID POOL = UUID.randomUUID();
    static final FinancialYear YEAR = new FinancialYear(2026);
    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    static VersionInForce version(int number, Funding funding, String pcc, String probation) {
        Money total = Money.pounds(pcc).plus(Money.pounds(probation));
        return new VersionInForce(
                AGREEMENT,
                number,
                LocalDate.of(2026, 4, 1),
                PCC,
                funding,
                new RiskShare(RiskShare.Rule.PRO_RATA, Map.of()),
                new TreeMap<>(Map.of(YEAR, total)),
                List.of(funder(PCC, pcc, total), funder(PROBATION, probation, total)),
                List.of("west-yorkshire"),
                List.of(UUID.randomUUID()),
                List.of());
    }

    static VersionInForce.FunderInForce funder(UUID id, String amount, Money total) {
        Money contribution = Money.pounds(amount);
        return new VersionInForce.FunderInForce(
                id,
                Map.of(YEAR, contribution),
                Map.of(YEAR, Contribution.of(YEAR, contribution).shareOfTotal(total)));
    }

    static ConfirmedSpend spend(String amount, LocalDate day) {
        return new ConfirmedSpend(
                UUID.randomUUID(),
                UUID.randomUUID(),
                POOL,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "leeds",
                day,
                Money.pounds(amount));
    }

    static AgreementBudget pool(UUID holder) {
        return new AgreementBudget(AGREEMENT, holder, YEAR, POOL);
    }

    @Test
    void pooled_spend_is_attributed_by_the_contributions_of_the_version_in_force() {
        List<Attribution> rows = Attribution.of(
                spend("2500", LocalDate.of(2026, 6, 15)), pool(PCC), version(1, Funding.POOLED, "60000", "40000"), NOW);

        assertThat(rows)
                .extracting(Attribution::funderId, Attribution::amount, Attribution::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PCC, Money.pounds("1500"), Share.percent("60")),
                        org.assertj.core.groups.Tuple.tuple(PROBATION, Money.pounds("1000"), Share.percent("40")));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.agreementVersion()).isEqualTo(1);
            assertThat(row.quarter()).isEqualTo(1);
            assertThat(row.year()).isEqualTo(YEAR);
        });
    }

    @Test
    void after_a_variation_later_spend_follows_the_new_split() {
        List<Attribution> later = Attribution.of(
                spend("2500", LocalDate.of(2026, 10, 1)), pool(PCC), version(2, Funding.POOLED, "90000", "40000"), NOW);

        assertThat(later.get(0).amount()).isEqualTo(Money.pounds("1730.77"));
        assertThat(later.get(1).amount()).isEqualTo(Money.pounds("769.23"));
        assertThat(later.get(0).agreementVersion()).isEqualTo(2);
        assertThat(later.get(0).quarter()).isEqualTo(3);
    }

    @Test
    void spend_on_an_aligned_line_is_all_the_lines_funder() {
        List<Attribution> rows = Attribution.of(
                spend("999.99", LocalDate.of(2027, 1, 5)),
                pool(PROBATION),
                version(1, Funding.ALIGNED, "60000", "40000"),
                NOW);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.funderId()).isEqualTo(PROBATION);
            assertThat(row.amount()).isEqualTo(Money.pounds("999.99"));
            assertThat(row.share()).isEqualTo(Share.percent("100"));
            assertThat(row.quarter()).isEqualTo(4);
        });
    }

    @Test
    void the_year_end_follows_the_rule_and_contributions_of_the_version_in_force() {
        VersionInForce version = version(1, Funding.POOLED, "60000", "40000");

        var settled = AttributionYearEnd.settle(
                AttributionYearEnd.ruleOf(version), AttributionYearEnd.Terms.of(version, YEAR), Money.pounds("110000"));

        assertThat(settled)
                .extracting(AttributionYearEnd.Settlement::bears)
                .containsExactly(Money.pounds("66000"), Money.pounds("44000"));
    }

    @Test
    void pooled_spend_in_a_year_nobody_contributed_to_is_refused_rather_than_left_unattributed() {
        assertThatThrownBy(() -> Attribution.of(
                        spend("10", LocalDate.of(2027, 4, 1)),
                        pool(PCC),
                        version(1, Funding.POOLED, "60000", "40000"),
                        NOW))
                .isInstanceOf(ConflictingChange.class)
                .hasMessage("cocommissioning.money.noContributionsThatYear");
    }
}
