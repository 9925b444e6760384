package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.ratecard.RateCards;
import uk.gov.justice.marketplace.reference.Area;
import uk.gov.justice.marketplace.reference.Areas;

/** Builds the orders and budgets pages in the reader's language, with the forms the reader may use now. */
@Singleton
class OrderPageModels {

    private final Messages messages;
    private final Areas areas;
    private final RateCards rateCards;

    OrderPageModels(Messages messages, Areas areas, RateCards rateCards) {
        this.messages = messages;
        this.areas = areas;
        this.rateCards = rateCards;
    }

    OrdersPage orders(Viewer viewer, List<Order> orders, Locale locale) {
        boolean commissioner = viewer.organisationKind() == OrganisationKind.COMMISSIONER;
        return new OrdersPage(
                commissioner ? "commissioner" : "provider",
                orders.stream()
                        .map(o -> new OrdersPage.OrderRow(
                                "/orders/" + o.id(),
                                title(o, locale),
                                commissioner ? o.terms().providerName() : o.commissionerName(),
                                areaName(o.area(), locale),
                                period(o),
                                String.valueOf(o.units()),
                                money(o.amount(), locale),
                                word("order.status." + o.status(), locale)))
                        .toList());
    }

    OrderPage order(Viewer viewer, Order o, OrderPage.Typed typed, FormErrors errors, Locale locale) {
        boolean commissioner = o.commissionerId().equals(viewer.organisationId());
        boolean provider = o.terms().providerId().equals(viewer.organisationId());
        Order.Status status = o.status();
        List<Option> facts = new ArrayList<>(List.of(
                new Option(word("order.fact.status", locale), word("order.status." + status, locale)),
                new Option(word("order.fact.commissioner", locale), o.commissionerName()),
                new Option(word("order.fact.provider", locale), o.terms().providerName()),
                new Option(word("order.fact.area", locale), areaName(o.area(), locale)),
                new Option(word("order.fact.period", locale), period(o)),
                new Option(
                        word("order.fact.units", locale),
                        o.units() + " × " + word("order.unit." + o.terms().unit(), locale)),
                new Option(
                        word("order.fact.unitPrice", locale),
                        money(o.terms().unitPrice(), locale) + " ("
                                + word("order.vat." + o.terms().vat(), locale) + ")"),
                new Option(word("order.fact.amount", locale), money(o.amount(), locale)),
                new Option(word("order.fact.delivered", locale), String.valueOf(o.delivered())),
                new Option(word("order.fact.left", locale), String.valueOf(o.unitsLeftToDeliver())),
                new Option(word("order.fact.invoiced", locale), String.valueOf(o.invoiced())),
                new Option(word("order.fact.spent", locale), money(o.spent(), locale))));
        return new OrderPage(
                o.id().toString(),
                title(o, locale),
                facts,
                o.invoices().stream()
                        .map(i -> new OrderPage.InvoiceRow(
                                i.id().toString(),
                                String.valueOf(i.units()),
                                money(i.amount(), locale),
                                word("order.invoice.status." + i.status(), locale),
                                Dates.day(i.raised().at(), locale),
                                commissioner && i.status() == Order.InvoiceStatus.RAISED))
                        .toList(),
                o.history().stream()
                        .map(s -> new OrderPage.StepRow(
                                word("order.step." + s.event(), locale),
                                s.cause().actor(),
                                Dates.dayAndTime(s.cause().at(), locale),
                                s.cause().reason() == null ? "" : s.cause().reason()))
                        .toList(),
                commissioner
                        && viewer.has(Role.APPROVER)
                        && !o.placedBy().equals(viewer.userId())
                        && Order.Status.MOVES.allows(status, OrderEvent.OrderApproved.class),
                provider && Order.Status.MOVES.allows(status, OrderEvent.OrderAccepted.class),
                provider && Order.Status.MOVES.allows(status, OrderEvent.DeliveryRecorded.class),
                provider && Order.Status.MOVES.allows(status, OrderEvent.InvoiceRaised.class),
                commissioner && Order.Status.MOVES.allows(status, OrderEvent.OrderCancelled.class),
                typed,
                errors);
    }

    BudgetsPage budgets(
            Viewer viewer,
            List<Budget.Standing> budgets,
            BudgetPages.BudgetForm typed,
            FormErrors errors,
            Locale locale) {
        return new BudgetsPage(
                budgets.stream()
                        .map(s -> new BudgetsPage.BudgetRow(
                                s.budget().year().toString(),
                                s.budget().name(),
                                word(s.budget().isPool() ? "order.budget.kind.pool" : "order.budget.kind.own", locale),
                                money(s.budget().amount(), locale),
                                money(s.committed(), locale),
                                money(s.spent(), locale),
                                money(s.remaining(), locale)))
                        .toList(),
                viewer.organisationKind() == OrganisationKind.COMMISSIONER && viewer.has(Role.ORGANISATION_ADMIN),
                typed,
                errors);
    }

    List<Option> budgetChoices(List<Budget.Standing> budgets, Locale locale) {
        return budgets.stream()
                .map(s -> new Option(
                        s.budget().id().toString(),
                        s.budget().year() + " " + s.budget().name() + " (" + word("order.budget.remaining", locale)
                                + " " + money(s.remaining(), locale) + ")"))
                .toList();
    }

    /**
     * The areas an order for the service may name: each area it serves and every area inside one. Areas made of the
     * same police force areas are the same ground under another layer's name, so only the first is offered. Until a
     * service is chosen (or when none is published under that id) every area is offered and the use case decides.
     */
    List<Option> areaChoices(@Nullable String serviceId, Locale locale) {
        Map<Set<String>, Area> ground = new LinkedHashMap<>();
        servedAreas(serviceId).forEach(a -> ground.putIfAbsent(a.policeForceAreas(), a));
        return ground.values().stream()
                .map(a -> new Option(a.code(), a.name().in(locale)))
                .toList();
    }

    private Stream<Area> servedAreas(@Nullable String serviceId) {
        if (serviceId == null) {
            return areas.all().stream();
        }
        try {
            return rateCards.publicService(UUID.fromString(serviceId.trim())).details().areas().stream()
                    .flatMap(served -> areas.find(served.areaCode()).stream())
                    .flatMap(a -> Stream.concat(Stream.of(a), areas.within(a.code()).stream()));
        } catch (IllegalArgumentException | NotFound e) {
            return areas.all().stream();
        }
    }

    private String areaName(String code, Locale locale) {
        return areas.find(code).map(a -> a.name().in(locale)).orElse(code);
    }

    private static String title(Order o, Locale locale) {
        return Texts.WELSH.getLanguage().equals(locale.getLanguage())
                ? o.terms().titleCy()
                : o.terms().titleEn();
    }

    private static String period(Order o) {
        return o.period().start() + " – " + o.period().end();
    }

    static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }

    private String word(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
