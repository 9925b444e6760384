package uk.gov.justice.marketplace.cocommissioning;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.order.ConfirmedSpend;
import uk.gov.justice.marketplace.order.SpendListener;

/**
 * Attributes each confirmed spend on a co-commissioned budget to its funders, inside the transaction that confirms
 * it: the confirmation and its attribution are written together or not at all. Spend on any other budget is not
 * co-commissioning's business.
 */
@Singleton
class AttributionListener implements SpendListener {

    private final CoCommissioning agreements;
    private final AttributionStore store;
    private final AuditTrail audit;
    private final Clock clock;

    AttributionListener(CoCommissioning agreements, AttributionStore store, AuditTrail audit, Clock clock) {
        this.agreements = agreements;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void confirmed(ConfirmedSpend spend) {
        agreements.budget(spend.budgetId()).ifPresent(budget -> {
            VersionInForce version = agreements
                    .versionInForceOn(budget.agreementId(), spend.spentOn())
                    .orElseThrow(() -> new ConflictingChange("cocommissioning.money.noVersionInForce"));
            List<Attribution> rows = Attribution.of(spend, budget, version, clock.instant());
            store.add(rows);
            audit.record(
                    Actor.system(),
                    AuditEvent.of(
                            "cocommissioning.spend.attributed",
                            "agreement",
                            budget.agreementId(),
                            "Invoice " + spend.invoiceId() + " ("
                                    + spend.amount().amount().toPlainString() + " "
                                    + spend.amount().currency() + ") by version " + version.version() + ": "
                                    + rows.stream()
                                            .map(r -> r.funderId() + " "
                                                    + r.amount().amount().toPlainString())
                                            .collect(Collectors.joining(", "))));
        });
    }
}
