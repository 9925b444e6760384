package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/** A commissioner's budgets in the portal: what each has committed, spent and left; its admin sets its own. */
@Hidden
@CsrfProtected
@Controller("/budgets")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BudgetPages {

    private static final String VIEW = "order/budgets";

    private final Budgets budgets;
    private final OrderPageModels models;
    private final Messages messages;
    private final Pages pages;

    BudgetPages(Budgets budgets, OrderPageModels models, Messages messages, Pages pages) {
        this.budgets = budgets;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Serdeable
    record BudgetForm(@Nullable String year, @Nullable String amount, @Nullable String name, @Nullable String csrfToken)
            implements CsrfForm {}

    @Get
    HttpResponse<?> show(Viewer viewer, HttpRequest<?> request) {
        return pages.page(
                request, VIEW, page(viewer, new BudgetForm(null, null, null, null), FormErrors.NONE, request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> set(Viewer admin, @Body BudgetForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    budgets.setOwn(admin, form.year(), form.amount(), form.name());
                    return Pages.redirect("/budgets");
                },
                errors -> page(admin, form, errors, request));
    }

    private BudgetsPage page(Viewer viewer, BudgetForm typed, FormErrors errors, HttpRequest<?> request) {
        return models.budgets(viewer, budgets.heldBy(viewer), typed, errors, messages.locale(request));
    }
}
