package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * A financial year of one agreement's money as one funder may see it: its own contribution, committed and spent
 * beside the shared totals, and the spend per quarter, per area and per priority (its own part and the total).
 * Another funder's figures never appear, since an aligned funder's budget line is its own business; the totals are
 * what the funders share. The steward, funding nothing, sees the totals only.
 *
 * @param yours the viewer's organisation's figures, or empty when it funds nothing in this agreement
 */
record SpendReport(
        UUID agreementId,
        String agreementName,
        FinancialYear year,
        Optional<Figures> yours,
        Figures shared,
        List<Line> quarters,
        List<Line> areas,
        List<Line> priorities) {

    /** Contribution, money committed by orders, and money spent (confirmed invoices). */
    record Figures(Money contribution, Money committed, Money spent) {

        /** The contribution not yet committed: negative when orders already committed more. */
        Money uncommitted() {
            return contribution.minus(committed);
        }
    }

    /**
     * Spend under one heading: a quarter (1 to 4), an area code or a priority as its funder wrote it.
     *
     * @param yours the viewer's part, or null where the heading is not the viewer's to see (another's priority)
     */
    record Line(String heading, @Nullable String welshHeading, @Nullable Money yours, Money total) {}

    /** One budget opened for the agreement this year, with what orders have committed against it. */
    record BudgetCommitted(AgreementBudget budget, Money committed) {}

    static SpendReport of(
            UUID agreementId,
            String agreementName,
            FinancialYear year,
            @Nullable UUID viewerOrganisation,
            Optional<VersionInForce> version,
            List<Attribution> attributions,
            List<BudgetCommitted> budgets) {
        List<Attribution> thisYear =
                attributions.stream().filter(a -> a.year().equals(year)).toList();
        Map<UUID, Money> contributions = new LinkedHashMap<>();
        version.ifPresent(v -> v.funders().forEach(f -> {
            Money amount = f.contributions().get(year);
            if (amount != null) {
                contributions.put(f.funderId(), amount);
            }
        }));
        List<BudgetCommitted> yearsBudgets =
                budgets.stream().filter(b -> b.budget().year().equals(year)).toList();
        Figures shared = new Figures(
                sum(contributions.values()),
                sum(yearsBudgets.stream().map(BudgetCommitted::committed).toList()),
                sum(thisYear.stream().map(Attribution::amount).toList()));
        Optional<Figures> yours = Optional.ofNullable(viewerOrganisation)
                .filter(org -> contributions.containsKey(org)
                        || thisYear.stream().anyMatch(a -> a.funderId().equals(org)))
                .map(org -> new Figures(
                        contributions.getOrDefault(org, zero()),
                        committedBy(org, version, contributions, yearsBudgets),
                        sum(thisYear.stream()
                                .filter(a -> a.funderId().equals(org))
                                .map(Attribution::amount)
                                .toList())));
        Predicate<Attribution> mine = a -> yours.isPresent() && a.funderId().equals(viewerOrganisation);
        List<Line> priorities = version.map(v -> v.priorities().stream()
                        .map(p -> new Line(
                                p.english(),
                                p.welsh(),
                                yours.isPresent() && p.funderId().equals(viewerOrganisation)
                                        ? yours.get().spent()
                                        : null,
                                shared.spent()))
                        .toList())
                .orElse(List.of());
        return new SpendReport(
                agreementId,
                agreementName,
                year,
                yours,
                shared,
                lines(thisYear, a -> String.valueOf(a.quarter()), mine, yours.isPresent(), List.of("1", "2", "3", "4")),
                lines(thisYear, Attribution::area, mine, yours.isPresent(), List.of()),
                priorities);
    }

    /**
     * What orders committed of the viewer's money: on a pooled budget its share of the pool's commitments (by its
     * contribution, as spend will be attributed), on an aligned line what its own line committed.
     */
    private static Money committedBy(
            UUID funder,
            Optional<VersionInForce> version,
            Map<UUID, Money> contributions,
            List<BudgetCommitted> budgets) {
        if (version.map(v -> v.funding() == Funding.ALIGNED).orElse(false)) {
            return sum(budgets.stream()
                    .filter(b -> b.budget().holderId().equals(funder))
                    .map(BudgetCommitted::committed)
                    .toList());
        }
        Money pooled = sum(budgets.stream().map(BudgetCommitted::committed).toList());
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        contributions.forEach((org, amount) -> weights.put(org, amount.amount()));
        if (pooled.isZero() || weights.values().stream().allMatch(w -> w.signum() == 0)) {
            return zero();
        }
        return AttributionSplit.proportionally(pooled, weights).getOrDefault(funder, zero());
    }

    private static List<Line> lines(
            List<Attribution> rows,
            Function<Attribution, String> heading,
            Predicate<Attribution> mine,
            boolean funds,
            List<String> always) {
        Map<String, Money[]> byHeading = new TreeMap<>();
        always.forEach(h -> byHeading.put(h, new Money[] {zero(), zero()}));
        for (Attribution row : rows) {
            Money[] figures = byHeading.computeIfAbsent(heading.apply(row), h -> new Money[] {zero(), zero()});
            if (mine.test(row)) {
                figures[0] = figures[0].plus(row.amount());
            }
            figures[1] = figures[1].plus(row.amount());
        }
        return byHeading.entrySet().stream()
                .map(e -> new Line(e.getKey(), null, funds ? e.getValue()[0] : null, e.getValue()[1]))
                .toList();
    }

    private static Money sum(java.util.Collection<Money> amounts) {
        return Money.sum(amounts, Money.GBP);
    }

    private static Money zero() {
        return Money.zero(Money.GBP);
    }
}
