package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.order.PoolBudgets;

/**
 * Reads an agreement's spend report for a funder: who may read it is who may read the agreement (its funders and
 * the steward); what each sees is {@link SpendReport}'s rule. Reads only attribution rows and other features'
 * public services.
 */
@Singleton
public class SpendReports {

    private final CoCommissioning agreements;
    private final AttributionStore attributions;
    private final PoolBudgets budgets;

    SpendReports(CoCommissioning agreements, AttributionStore attributions, PoolBudgets budgets) {
        this.agreements = agreements;
        this.attributions = attributions;
        this.budgets = budgets;
    }

    /** The report for a year written like 2026-27, or for this financial year when none is named. */
    @ReadOnly
    public SpendReport of(Viewer viewer, UUID agreementId, @Nullable String year) {
        return of(
                viewer,
                agreementId,
                year == null || year.isBlank() ? FinancialYear.containing(agreements.today()) : yearOf(year));
    }

    private static FinancialYear yearOf(String year) {
        try {
            return FinancialYear.parse(year.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("year", "cocommissioning.money.error.year");
        }
    }

    private SpendReport of(Viewer viewer, UUID agreementId, FinancialYear year) {
        Agreement agreement = agreements.get(viewer, agreementId);
        List<SpendReport.BudgetCommitted> committed = agreements.budgetsOf(viewer, agreementId).stream()
                .map(b -> new SpendReport.BudgetCommitted(b, budgets.committed(b.budgetId())))
                .toList();
        return SpendReport.of(
                agreementId,
                agreement.name(),
                year,
                viewer.isSteward() ? null : viewer.organisationId(),
                versionFor(agreementId, year),
                attributions.ofAgreement(agreementId),
                committed);
    }

    /** The contributions a year is reported against: the version in force today, or on the year's last day. */
    private Optional<VersionInForce> versionFor(UUID agreementId, FinancialYear year) {
        LocalDate today = agreements.today();
        LocalDate day = year.contains(today) ? today : year.end().isBefore(today) ? year.end() : year.start();
        return agreements.versionInForceOn(agreementId, day).or(() -> agreements.versionInForceOn(agreementId, today));
    }
}
