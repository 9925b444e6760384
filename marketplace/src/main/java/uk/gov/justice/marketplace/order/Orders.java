package uk.gov.justice.marketplace.order;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.ratecard.OfferTerms;
import uk.gov.justice.marketplace.ratecard.Period;
import uk.gov.justice.marketplace.ratecard.RateCardOffers;

/**
 * Orders of rate-card services, one transaction a command: who asks is checked, the order is loaded under its row
 * lock, the aggregate decides, and the store, the audit trail, the rate card's capacity, the spend listeners and the
 * other side's notice all commit together or not at all.
 */
@Singleton
public class Orders {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final OrderStore store;
    private final Budgets budgets;
    private final RateCardOffers offers;
    private final List<SpendListener> listeners;
    private final OrderSettings settings;
    private final OrderNews news;
    private final AuditTrail audit;
    private final Clock clock;

    Orders(
            OrderStore store,
            Budgets budgets,
            RateCardOffers offers,
            List<SpendListener> listeners,
            OrderSettings settings,
            OrderNews news,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.budgets = budgets;
        this.offers = offers;
        this.listeners = List.copyOf(listeners);
        this.settings = settings;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a commissioner asks for, as typed: {@code period} is any day in it (2026-07-01), or its month (2026-07). */
    public record Placement(UUID serviceId, String area, String period, Integer units, UUID budgetId) {}

    @Transactional
    public Order place(Viewer commissioner, Placement placement) {
        if (commissioner.organisationKind() != OrganisationKind.COMMISSIONER) {
            throw new Forbidden("order.error.onlyCommissioners");
        }
        if (placement.serviceId() == null) {
            throw new InvalidInput("serviceId", "order.error.service.missing");
        }
        if (placement.area() == null || placement.area().isBlank()) {
            throw new InvalidInput("area", "order.error.area.missing");
        }
        if (placement.units() == null) {
            throw new InvalidInput("units", "order.error.units.positive");
        }
        LocalDate today = today();
        OfferTerms terms =
                offers.termsFor(placement.serviceId(), placement.area().trim(), today);
        Period period = Period.containing(terms.capacityPeriod(), day(placement.period()));
        if (period.end().isBefore(today)) {
            throw new InvalidInput("period", "order.error.period.past");
        }
        Budget.Standing budget = budgets.lockForOrder(commissioner, placement.budgetId());
        if (!budget.budget().year().contains(period.start())) {
            throw new InvalidInput("budgetId", "order.error.budget.wrongYear");
        }
        budgets.requireBuys(budget.budget(), terms.serviceId(), placement.area().trim());
        int units = placement.units();
        Money amount = Order.priceOf(terms, units);
        OrderRules.PLACING.require(new OrderRules.Placing(
                units,
                terms.minimumOrder(),
                offers.unitsLeft(terms.serviceId(), placement.area().trim(), period),
                amount,
                budget.remaining(),
                settings.largestOrderIn(amount.currency())));
        Order.Change placed = Order.place(
                commissioner.organisationId(),
                commissioner.organisationName(),
                commissioner.userId(),
                commissioner.email(),
                budget.budget().id(),
                terms,
                placement.area().trim(),
                period,
                units,
                settings.needsApproval(amount),
                clock.instant());
        store.create(placed.order());
        return recorded(commissioner, placed, true);
    }

    /** The second approval: a colleague with the APPROVER role, never the person who placed the order. */
    @Transactional
    public Order approve(Viewer approver, UUID id) {
        Order order = locked(id);
        if (!order.commissionerId().equals(approver.organisationId())) {
            throw none();
        }
        if (!approver.has(Role.APPROVER)) {
            throw new Forbidden("order.error.approval.notApprover");
        }
        if (order.placedBy().equals(approver.userId())) {
            throw new Forbidden("order.error.approval.ownOrder");
        }
        return saved(approver, order.approve(approver.email(), clock.instant()));
    }

    /** The provider takes the order: its units are reserved in the period, or nothing happens if too few are left. */
    @Transactional
    public Order accept(Viewer provider, UUID id) {
        Order.Change accepted = providersOrder(provider, id).accept(provider.email(), clock.instant());
        Order order = accepted.order();
        offers.reserve(order.terms().serviceId(), order.area(), order.period(), order.units());
        return saved(provider, accepted);
    }

    @Transactional
    public Order decline(Viewer provider, UUID id, String reason) {
        return saved(provider, providersOrder(provider, id).decline(provider.email(), reason, clock.instant()));
    }

    @Transactional
    public Order recordDelivery(Viewer provider, UUID id, Integer units) {
        return saved(
                provider, providersOrder(provider, id).recordDelivery(provider.email(), given(units), clock.instant()));
    }

    @Transactional
    public Order raiseInvoice(Viewer provider, UUID id, Integer units) {
        return saved(
                provider, providersOrder(provider, id).raiseInvoice(provider.email(), given(units), clock.instant()));
    }

    /** Confirmed is spent: every spend listener hears of it in this transaction, with the day it was spent. */
    @Transactional
    public Order confirm(Viewer commissioner, UUID id, UUID invoiceId) {
        Order.Change confirmed =
                commissionersOrder(commissioner, id).confirm(invoiceId, commissioner.email(), clock.instant());
        OrderEvent.InvoiceConfirmed event = (OrderEvent.InvoiceConfirmed) confirmed.event();
        Order order = confirmed.order();
        ConfirmedSpend spend = new ConfirmedSpend(
                invoiceId,
                order.id(),
                order.budgetId(),
                order.terms().serviceId(),
                order.terms().providerId(),
                order.area(),
                today(),
                event.amount());
        Order saved = saved(commissioner, confirmed);
        listeners.forEach(listener -> listener.confirmed(spend));
        return saved;
    }

    @Transactional
    public Order dispute(Viewer commissioner, UUID id, UUID invoiceId, String reason) {
        return saved(
                commissioner,
                commissionersOrder(commissioner, id).dispute(invoiceId, commissioner.email(), reason, clock.instant()));
    }

    /**
     * Cancelled with a reason; what was reserved and not delivered goes back to the service's capacity. A provider
     * hears only of an order it was sent.
     */
    @Transactional
    public Order cancel(Viewer commissioner, UUID id, String reason) {
        Order before = commissionersOrder(commissioner, id);
        Order.Change cancelled = before.cancel(commissioner.email(), reason, clock.instant());
        Order order = cancelled.order();
        if (cancelled.event().units() > 0) {
            offers.release(
                    order.terms().serviceId(),
                    order.area(),
                    order.period(),
                    cancelled.event().units());
        }
        store.save(order);
        return recorded(commissioner, cancelled, !before.needsApproval());
    }

    /** An order its commissioner or (once sent to it) its provider may read; anyone else is told there is none. */
    @ReadOnly
    public Order get(Viewer viewer, UUID id) {
        Order order = store.read(id).orElseThrow(Orders::none);
        boolean commissioner = order.commissionerId().equals(viewer.organisationId());
        boolean provider =
                order.terms().providerId().equals(viewer.organisationId()) && store.sentToProvider(order.id());
        if (!commissioner && !provider) {
            throw none();
        }
        return order;
    }

    /** The orders the viewer's organisation placed (a commissioner) or was sent (a provider), newest first. */
    @ReadOnly
    public List<Order> of(Viewer viewer) {
        return viewer.organisationKind() == OrganisationKind.COMMISSIONER
                ? store.placedBy(viewer.organisationId())
                : store.forProvider(viewer.organisationId());
    }

    /**
     * The orders charged to a budget, oldest first, for publishing a co-commissioned pool's orders as open data;
     * the caller decides what of them is public.
     */
    @ReadOnly
    public List<Order> chargedTo(UUID budgetId) {
        return store.chargedTo(budgetId);
    }

    private Order providersOrder(Viewer provider, UUID id) {
        Order order = locked(id);
        if (!order.terms().providerId().equals(provider.organisationId()) || order.needsApproval()) {
            throw none();
        }
        return order;
    }

    private Order commissionersOrder(Viewer commissioner, UUID id) {
        Order order = locked(id);
        if (!order.commissionerId().equals(commissioner.organisationId())) {
            throw none();
        }
        return order;
    }

    private Order locked(UUID id) {
        if (id == null) {
            throw none();
        }
        return store.lock(id).orElseThrow(Orders::none);
    }

    private Order saved(Viewer viewer, Order.Change change) {
        store.save(change.order());
        return recorded(viewer, change, true);
    }

    private Order recorded(Viewer viewer, Order.Change change, boolean told) {
        audit.record(viewer.asActor(), OrderAudit.of(change.event()));
        if (told) {
            news.tell(change.order(), change.event());
        }
        return change.order();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    private static int given(Integer units) {
        if (units == null) {
            throw new InvalidInput("units", "order.error.units.positive");
        }
        return units;
    }

    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("period", "order.error.period.missing");
        }
        String day = typed.trim().length() == 7 ? typed.trim() + "-01" : typed.trim();
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("period", "order.error.period.missing");
        }
    }

    private static NotFound none() {
        return new NotFound("order", "order.error.none");
    }
}
