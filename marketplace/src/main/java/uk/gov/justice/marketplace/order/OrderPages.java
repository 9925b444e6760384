package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Orders in the portal: a commissioner orders a rate-card service and follows it (approval, confirming or disputing
 * invoices, cancelling); a provider answers the orders sent to it, records delivery and invoices. One page per
 * order holds the forms its reader may use now.
 */
@Hidden
@CsrfProtected
@Controller("/orders")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrderPages {

    private static final String LIST = "order/orders";
    private static final String NEW = "order/new-order";
    private static final String ONE = "order/order";

    private final Orders orders;
    private final Budgets budgets;
    private final OrderPageModels models;
    private final Messages messages;
    private final Pages pages;

    OrderPages(Orders orders, Budgets budgets, OrderPageModels models, Messages messages, Pages pages) {
        this.orders = orders;
        this.budgets = budgets;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Serdeable
    record PlaceForm(
            @Nullable String serviceId,
            @Nullable String area,
            @Nullable String period,
            @Nullable String units,
            @Nullable String budgetId,
            @Nullable String csrfToken)
            implements CsrfForm {}

    /** One form's answer: units delivered or invoiced, or a reason (decline, dispute, cancellation). */
    @Serdeable
    record AnswerForm(
            @Nullable String deliveredUnits,
            @Nullable String invoicedUnits,
            @Nullable String reason,
            @Nullable String csrfToken)
            implements CsrfForm {}

    @Get
    HttpResponse<?> list(Viewer viewer, HttpRequest<?> request) {
        return pages.page(request, LIST, models.orders(viewer, orders.of(viewer), messages.locale(request)));
    }

    @Get("/new")
    HttpResponse<?> start(Viewer commissioner, @QueryValue @Nullable String service, HttpRequest<?> request) {
        if (commissioner.organisationKind() != OrganisationKind.COMMISSIONER) {
            throw new Forbidden("order.error.onlyCommissioners");
        }
        return pages.page(
                request,
                NEW,
                newOrder(commissioner, new PlaceForm(service, null, null, null, null, null), FormErrors.NONE, request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> place(Viewer commissioner, @Body PlaceForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(NEW),
                () -> {
                    Order placed = orders.place(
                            commissioner,
                            new Orders.Placement(
                                    id(form.serviceId(), "serviceId"),
                                    form.area(),
                                    form.period(),
                                    number(form.units()),
                                    id(form.budgetId(), "budgetId")));
                    return Pages.redirect("/orders/" + placed.id());
                },
                errors -> newOrder(commissioner, form, errors, request));
    }

    @Get("/{id}")
    HttpResponse<?> show(Viewer viewer, @PathVariable UUID id, HttpRequest<?> request) {
        return pages.page(request, ONE, page(viewer, id, OrderPage.Typed.NONE, FormErrors.NONE, request));
    }

    @Post(value = "/{id}/approval", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(Viewer approver, @PathVariable UUID id, @Body AnswerForm form, HttpRequest<?> request) {
        return answered(approver, id, "approve", "", request, () -> orders.approve(approver, id));
    }

    @Post(value = "/{id}/acceptance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(Viewer provider, @PathVariable UUID id, @Body AnswerForm form, HttpRequest<?> request) {
        return answered(provider, id, "accept", "", request, () -> orders.accept(provider, id));
    }

    @Post(value = "/{id}/declination", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(Viewer provider, @PathVariable UUID id, @Body AnswerForm form, HttpRequest<?> request) {
        return answered(
                provider,
                id,
                "declineReason",
                form.reason(),
                request,
                () -> orders.decline(provider, id, form.reason()));
    }

    @Post(value = "/{id}/deliveries", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deliver(Viewer provider, @PathVariable UUID id, @Body AnswerForm form, HttpRequest<?> request) {
        return answered(
                provider,
                id,
                "deliveredUnits",
                form.deliveredUnits(),
                request,
                () -> orders.recordDelivery(provider, id, number(form.deliveredUnits())));
    }

    @Post(value = "/{id}/invoices", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invoice(Viewer provider, @PathVariable UUID id, @Body AnswerForm form, HttpRequest<?> request) {
        return answered(
                provider,
                id,
                "invoicedUnits",
                form.invoicedUnits(),
                request,
                () -> orders.raiseInvoice(provider, id, number(form.invoicedUnits())));
    }

    @Post(value = "/{id}/invoices/{invoiceId}/confirmation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(
            Viewer commissioner,
            @PathVariable UUID id,
            @PathVariable UUID invoiceId,
            @Body AnswerForm form,
            HttpRequest<?> request) {
        return answered(
                commissioner,
                id,
                "confirm-" + invoiceId,
                "",
                request,
                () -> orders.confirm(commissioner, id, invoiceId));
    }

    @Post(value = "/{id}/invoices/{invoiceId}/dispute", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dispute(
            Viewer commissioner,
            @PathVariable UUID id,
            @PathVariable UUID invoiceId,
            @Body AnswerForm form,
            HttpRequest<?> request) {
        return answered(
                commissioner,
                id,
                "disputeReason-" + invoiceId,
                form.reason(),
                request,
                () -> orders.dispute(commissioner, id, invoiceId, form.reason()));
    }

    @Post(value = "/{id}/cancellation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Viewer commissioner, @PathVariable UUID id, @Body AnswerForm form, HttpRequest<?> request) {
        return answered(
                commissioner,
                id,
                "cancelReason",
                form.reason(),
                request,
                () -> orders.cancel(commissioner, id, form.reason()));
    }

    /** Each form has one input (or only its button), so whatever the use case names is told there. */
    private HttpResponse<?> answered(
            Viewer viewer, UUID id, String formName, String typed, HttpRequest<?> request, Supplier<Order> useCase) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(ONE).everyFieldOn(formName),
                () -> Pages.redirect("/orders/" + useCase.get().id()),
                errors -> page(viewer, id, new OrderPage.Typed(formName, typed == null ? "" : typed), errors, request));
    }

    private OrderPage page(Viewer viewer, UUID id, OrderPage.Typed typed, FormErrors errors, HttpRequest<?> request) {
        return models.order(viewer, orders.get(viewer, id), typed, errors, messages.locale(request));
    }

    private NewOrderPage newOrder(Viewer commissioner, PlaceForm typed, FormErrors errors, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        return new NewOrderPage(
                typed,
                models.areaChoices(typed.serviceId(), locale),
                models.budgetChoices(budgets.heldBy(commissioner), locale),
                errors);
    }

    /** What was typed as a whole number, or null (the use case then refuses it, naming the field). */
    private static Integer number(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID id(String typed, String field) {
        try {
            return UUID.fromString(typed == null ? "" : typed.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    field, "serviceId".equals(field) ? "order.error.service.missing" : "order.error.budget.missing");
        }
    }
}
