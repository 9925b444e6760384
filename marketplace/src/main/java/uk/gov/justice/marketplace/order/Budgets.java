package uk.gov.justice.marketplace.order;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.reference.Areas;

/**
 * Budgets: a commissioner's own, one per financial year, set by its organisation admin; and the pools of
 * co-commissioning agreements, opened and resized as their versions take effect ({@link PoolBudgets}). Neither is
 * ever set below what orders already commit against it.
 */
@Singleton
public class Budgets implements PoolBudgets {

    static final int LONGEST_NAME = 200;

    private final BudgetStore store;
    private final AuditTrail audit;
    private final Areas areas;
    private final Clock clock;

    Budgets(BudgetStore store, AuditTrail audit, Areas areas, Clock clock) {
        this.store = store;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets (or changes) the commissioner's own budget for a year; amounts as typed, e.g. "25000.00". */
    @Transactional
    public Budget.Standing setOwn(Viewer admin, String year, String amount, String name) {
        if (admin.organisationKind() != OrganisationKind.COMMISSIONER || !admin.has(Role.ORGANISATION_ADMIN)) {
            throw new Forbidden("order.error.budget.onlyAdmins");
        }
        FinancialYear financialYear = year(year);
        Money money = amount(amount);
        String named = name(name);
        store.lockHolder(admin.organisationId());
        Optional<Budget> earlier = store.lockOwn(admin.organisationId(), financialYear);
        Budget budget = new Budget(
                earlier.map(Budget::id).orElseGet(UUID::randomUUID),
                admin.organisationId(),
                null,
                financialYear,
                named,
                money);
        return saved(admin.asActor(), budget, earlier);
    }

    @Override
    @Transactional
    public UUID openOrResize(
            UUID agreementId, UUID holderId, FinancialYear year, Money amount, String name, Purchases buys) {
        store.lockHolder(holderId);
        Optional<Budget> earlier = store.lockPool(agreementId, holderId, year);
        Budget budget = new Budget(
                earlier.map(Budget::id).orElseGet(UUID::randomUUID), holderId, agreementId, year, name(name), amount);
        UUID id = saved(Actor.system(), budget, earlier).budget().id();
        store.saveBuys(id, buys);
        return id;
    }

    @Override
    @ReadOnly
    public Money committed(UUID budgetId) {
        Budget budget = store.read(budgetId).orElseThrow(Budgets::none);
        return store.committed(budgetId, budget.amount().currency());
    }

    /** The budgets the viewer's organisation may charge orders to, with what is committed, spent and left. */
    @ReadOnly
    public List<Budget.Standing> heldBy(Viewer viewer) {
        return store.heldBy(viewer.organisationId());
    }

    /** The budget, locked, if the viewer's organisation holds it: an order charged to it is judged against it. */
    Budget.Standing lockForOrder(Viewer commissioner, UUID budgetId) {
        if (budgetId == null) {
            throw new InvalidInput("budgetId", "order.error.budget.missing");
        }
        Budget budget = store.lock(budgetId)
                .filter(b -> b.holderId().equals(commissioner.organisationId()))
                .orElseThrow(Budgets::none);
        return store.standing(budget);
    }

    /** A pool buys only the services and areas its agreement's version in force names; an own budget anything. */
    void requireBuys(Budget budget, UUID serviceId, String area) {
        store.buysOf(budget.id())
                .ifPresent(buys -> OrderRules.POOL_PURCHASE.require(new OrderRules.PoolPurchase(
                        buys.serviceIds().contains(serviceId), covers(buys.areas(), area))));
    }

    /** The area is one the pool names or lies inside one (a district of a named police force area). */
    private boolean covers(List<String> named, String area) {
        return areas.find(area)
                .map(asked -> named.stream()
                        .flatMap(code -> areas.find(code).stream())
                        .anyMatch(n -> n.contains(asked)))
                .orElse(false);
    }

    private Budget.Standing saved(Actor actor, Budget budget, Optional<Budget> earlier) {
        Money committed = store.committed(budget.id(), budget.amount().currency());
        if (budget.amount().isLessThan(committed)) {
            throw new InvalidInput("amount", "order.error.budget.belowCommitted");
        }
        store.save(budget, actor.email(), clock.instant());
        audit.record(actor, OrderAudit.of(budget, earlier));
        return store.standing(budget);
    }

    private static NotFound none() {
        return new NotFound("budgetId", "order.error.budget.none");
    }

    private static FinancialYear year(String year) {
        try {
            return FinancialYear.parse(year == null ? null : year.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("year", "order.error.budget.year");
        }
    }

    /** Pounds and pence, not negative, below a trillion (so no typo becomes a budget). */
    static Money amount(String typed) {
        if (typed == null) {
            throw new InvalidInput("amount", "order.error.budget.amount");
        }
        try {
            BigDecimal amount = new BigDecimal(typed.trim().replace(",", "").replace("£", ""));
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
                throw new InvalidInput("amount", "order.error.budget.amount");
            }
            return new Money(amount, Money.GBP);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("amount", "order.error.budget.amount");
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "order.error.budget.name");
        }
        if (name.length() > LONGEST_NAME) {
            throw new InvalidInput("name", "order.error.reason.tooLong");
        }
        return name.trim();
    }
}
