package uk.gov.justice.marketplace.cocommissioning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.order.ConfirmedSpend;

/**
 * One funder's part of one confirmed invoice, as it was attributed on the day spent. Pooled spend is divided by the
 * funders' contributions for that financial year in the version in force that day; an aligned line's spend is all
 * its funder's. Stored once and never changed: a later variation divides later spend, never this.
 */
record Attribution(
        UUID id,
        UUID invoiceId,
        UUID orderId,
        UUID budgetId,
        UUID agreementId,
        int agreementVersion,
        Funding funding,
        UUID funderId,
        Share share,
        Money amount,
        java.time.LocalDate spentOn,
        String area,
        UUID serviceId,
        UUID providerId,
        Instant recordedAt) {

    static final Share ALL = Share.percent("100");

    FinancialYear year() {
        return FinancialYear.containing(spentOn);
    }

    int quarter() {
        return year().quarterOf(spentOn);
    }

    /** The rows a confirmed spend on an agreement's budget makes, their amounts adding up to the spend exactly. */
    static List<Attribution> of(ConfirmedSpend spend, AgreementBudget budget, VersionInForce version, Instant now) {
        if (version.funding() == Funding.ALIGNED) {
            return List.of(row(spend, version, budget.holderId(), ALL, spend.amount(), now));
        }
        FinancialYear year = FinancialYear.containing(spend.spentOn());
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        version.funders().forEach(funder -> {
            Money contribution = funder.contributions().get(year);
            if (contribution != null && contribution.amount().signum() > 0) {
                weights.put(funder.funderId(), contribution.amount());
            }
        });
        if (weights.isEmpty()) {
            throw new ConflictingChange("cocommissioning.money.noContributionsThatYear");
        }
        return AttributionSplit.proportionally(spend.amount(), weights).entrySet().stream()
                .map(part -> row(
                        spend,
                        version,
                        part.getKey(),
                        version.funder(part.getKey())
                                .map(f -> f.shares().get(year))
                                .orElseThrow(),
                        part.getValue(),
                        now))
                .toList();
    }

    private static Attribution row(
            ConfirmedSpend spend, VersionInForce version, UUID funder, Share share, Money amount, Instant now) {
        return new Attribution(
                UUID.randomUUID(),
                spend.invoiceId(),
                spend.orderId(),
                spend.budgetId(),
                version.agreementId(),
                version.version(),
                version.funding(),
                funder,
                share,
                amount,
                spend.spentOn(),
                spend.area(),
                spend.serviceId(),
                spend.providerId(),
                now);
    }
}
