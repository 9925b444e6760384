package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.order.ConfirmedSpend;

/** What a funder reads in an agreement's spend report, without HTTP: its own figures and the shared totals only. */
class FunderReadingTheSpendReportTest {

    static final UUID AGREEMENT = UUID.randomUUID();
    static final UUID PCC = UUID.randomUUID();
    static final UUID PROBATION = UUID.randomUUID();
    static final UUID PCC_LINE = UUID.randomUUID();
    static final UUID PROBATION_LINE = UUID.randomUUID();
    static final FinancialYear YEAR = new FinancialYear(2026);

    static VersionInForce version(Funding funding) {
        Money total = Money.pounds("100000");
        return new VersionInForce(
                AGREEMENT,
                1,
                LocalDate.of(2026, 4, 1),
                PCC,
                funding,
                new RiskShare(RiskShare.Rule.PRO_RATA, Map.of()),
                new TreeMap<>(Map.of(YEAR, total)),
                List.of(
                        AttributingConfirmedSpendTest.funder(PCC, "60000", total),
                        AttributingConfirmedSpendTest.funder(PROBATION, "40000", total)),
                List.of("west-yorkshire"),
                List.of(),
                List.of(
                        new Priority(PCC, "Reduce reoffending by young adults", "Lleihau aildroseddu"),
                        new Priority(PROBATION, "Accommodation on release", "Llety wrth ryddhau")));
    }

    static List<Attribution> spent(
            VersionInForce version, UUID budget, UUID holder, String amount, String day, String area) {
        ConfirmedSpend spend = new ConfirmedSpend(
                UUID.randomUUID(),
                UUID.randomUUID(),
                budget,
                UUID.randomUUID(),
                UUID.randomUUID(),
                area,
                LocalDate.parse(day),
                Money.pounds(amount));
        return Attribution.of(
                spend,
                new AgreementBudget(AGREEMENT, holder, YEAR, budget),
                version,
                Instant.parse("2027-01-01T00:00:00Z"));
    }

    static SpendReport alignedReportFor(UUID viewer) {
        VersionInForce aligned = version(Funding.ALIGNED);
        List<Attribution> rows = new ArrayList<>();
        rows.addAll(spent(aligned, PCC_LINE, PCC, "3000", "2026-05-10", "leeds"));
        rows.addAll(spent(aligned, PROBATION_LINE, PROBATION, "7000", "2026-11-10", "bradford"));
        return SpendReport.of(
                AGREEMENT,
                "Mentoring",
                YEAR,
                viewer,
                Optional.of(aligned),
                rows,
                List.of(
                        new SpendReport.BudgetCommitted(
                                new AgreementBudget(AGREEMENT, PCC, YEAR, PCC_LINE), Money.pounds("5000")),
                        new SpendReport.BudgetCommitted(
                                new AgreementBudget(AGREEMENT, PROBATION, YEAR, PROBATION_LINE),
                                Money.pounds("9000"))));
    }

    @Test
    void a_funder_sees_its_own_contribution_committed_and_spent_beside_the_shared_totals() {
        SpendReport report = alignedReportFor(PCC);

        assertThat(report.yours())
                .contains(new SpendReport.Figures(Money.pounds("60000"), Money.pounds("5000"), Money.pounds("3000")));
        assertThat(report.shared())
                .isEqualTo(
                        new SpendReport.Figures(Money.pounds("100000"), Money.pounds("14000"), Money.pounds("10000")));
        assertThat(report.yours().orElseThrow().uncommitted()).isEqualTo(Money.pounds("55000"));
    }

    @Test
    void another_funders_aligned_line_appears_nowhere_in_a_funders_report() {
        SpendReport report = alignedReportFor(PCC);

        assertThat(report.areas())
                .containsExactly(
                        new SpendReport.Line("bradford", null, Money.pounds("0"), Money.pounds("7000")),
                        new SpendReport.Line("leeds", null, Money.pounds("3000"), Money.pounds("3000")));
        assertThat(report.quarters())
                .extracting(SpendReport.Line::yours)
                .containsExactly(Money.pounds("3000"), Money.pounds("0"), Money.pounds("0"), Money.pounds("0"));
        assertThat(report.toString()).doesNotContain("9000");
    }

    @Test
    void a_funder_sees_its_own_spend_against_its_own_priorities_and_only_the_total_against_anothers() {
        SpendReport report = alignedReportFor(PROBATION);

        assertThat(report.priorities())
                .extracting(SpendReport.Line::heading, SpendReport.Line::yours, SpendReport.Line::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Reduce reoffending by young adults", null, Money.pounds("10000")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Accommodation on release", Money.pounds("7000"), Money.pounds("10000")));
    }

    @Test
    void the_steward_sees_the_totals_only() {
        SpendReport report = alignedReportFor(null);

        assertThat(report.yours()).isEmpty();
        assertThat(report.areas()).allSatisfy(line -> assertThat(line.yours()).isNull());
        assertThat(report.shared().spent()).isEqualTo(Money.pounds("10000"));
    }

    @Test
    void on_a_pool_a_funders_committed_money_is_its_share_of_what_orders_committed() {
        VersionInForce pooled = version(Funding.POOLED);
        UUID pool = UUID.randomUUID();
        SpendReport report = SpendReport.of(
                AGREEMENT,
                "Mentoring",
                YEAR,
                PROBATION,
                Optional.of(pooled),
                spent(pooled, pool, PCC, "2500", "2026-07-01", "leeds"),
                List.of(new SpendReport.BudgetCommitted(
                        new AgreementBudget(AGREEMENT, PCC, YEAR, pool), Money.pounds("12500"))));

        assertThat(report.yours())
                .contains(new SpendReport.Figures(Money.pounds("40000"), Money.pounds("5000"), Money.pounds("1000")));
        assertThat(report.quarters().get(1).total()).isEqualTo(Money.pounds("2500"));
    }

    @Test
    void spend_of_another_year_is_left_out() {
        VersionInForce pooled = version(Funding.POOLED);
        SpendReport report = SpendReport.of(
                AGREEMENT,
                "Mentoring",
                YEAR.next(),
                PCC,
                Optional.of(pooled),
                spent(pooled, UUID.randomUUID(), PCC, "2500", "2026-07-01", "leeds"),
                List.of());

        assertThat(report.shared().spent()).isEqualTo(Money.pounds("0"));
        assertThat(report.yours()).isEmpty();
    }
}
