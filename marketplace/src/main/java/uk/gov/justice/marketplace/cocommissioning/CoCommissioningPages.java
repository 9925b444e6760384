package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Co-commissioning in the portal: the agreements a commissioner funds, drafting one (the agreement, then its
 * funders and contributions), an agreement with its sign-off, a variation, and the history of every version.
 */
@Hidden
@CsrfProtected
@Controller("/co-commissioning")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CoCommissioningPages {

    private static final String LIST = "cocommissioning/agreements";
    private static final String FORM = "cocommissioning/agreement-form";
    private static final String AGREEMENT = "cocommissioning/agreement";

    private final CoCommissioning coCommissioning;
    private final CoCommissioningPageModels models;
    private final Messages messages;
    private final Pages pages;

    CoCommissioningPages(
            CoCommissioning coCommissioning, CoCommissioningPageModels models, Messages messages, Pages pages) {
        this.coCommissioning = coCommissioning;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Viewer viewer, HttpRequest<?> request) {
        return pages.page(request, LIST, models.agreements(viewer, messages.locale(request)));
    }

    @Get("/new")
    HttpResponse<?> start(Viewer viewer, HttpRequest<?> request) {
        return pages.page(
                request, FORM, form("/co-commissioning/new", "", AgreementForm.EMPTY, FormErrors.NONE, request));
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> draft(Viewer viewer, @Body AgreementForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(FORM).fieldsNamed(field -> AgreementForm.INPUTS.getOrDefault(field, field)),
                () -> Pages.redirect("/co-commissioning/"
                        + coCommissioning
                                .draft(viewer, form.name(), form.answers())
                                .id()),
                errors -> form("/co-commissioning/new", "", form, errors, request));
    }

    @Get("/{id}")
    HttpResponse<?> show(Viewer viewer, @PathVariable UUID id, HttpRequest<?> request) {
        return agreementPage(viewer, id, false, request);
    }

    @Get("/{id}/history")
    HttpResponse<?> history(Viewer viewer, @PathVariable UUID id, HttpRequest<?> request) {
        return agreementPage(viewer, id, true, request);
    }

    private HttpResponse<?> agreementPage(Viewer viewer, UUID id, boolean withHistory, HttpRequest<?> request) {
        return pages.page(
                request,
                AGREEMENT,
                models.agreement(viewer, coCommissioning.get(viewer, id), withHistory, messages.locale(request)));
    }

    @Get("/{id}/variation")
    HttpResponse<?> variation(Viewer viewer, @PathVariable UUID id, HttpRequest<?> request) {
        Agreement agreement = coCommissioning.get(viewer, id);
        return pages.page(
                request,
                FORM,
                form(
                        "/co-commissioning/" + id + "/variation",
                        agreement.name(),
                        CoCommissioningPageModels.typedFrom(agreement.latest()),
                        FormErrors.NONE,
                        request));
    }

    @Post(value = "/{id}/variation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> vary(Viewer viewer, @PathVariable UUID id, @Body AgreementForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(FORM)
                        .fieldsNamed(field -> AgreementForm.INPUTS.getOrDefault(field, field))
                        .conflictsShownOn("reason"),
                () -> {
                    coCommissioning.propose(viewer, id, form.answers(), form.reason());
                    return Pages.redirect("/co-commissioning/" + id);
                },
                errors -> form(
                        "/co-commissioning/" + id + "/variation",
                        coCommissioning.get(viewer, id).name(),
                        form,
                        errors,
                        request));
    }

    @Post(value = "/{id}/versions/{number}/signature", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sign(
            Viewer viewer,
            @PathVariable UUID id,
            @PathVariable int number,
            @Body CsrfOnlyForm form,
            HttpRequest<?> request) {
        coCommissioning.sign(viewer, id, number, viewer.organisationId());
        return Pages.redirect("/co-commissioning/" + id);
    }

    private AgreementFormPage form(
            String action, String name, AgreementForm typed, FormErrors errors, HttpRequest<?> request) {
        return models.form(action, name, typed, errors, messages.locale(request));
    }
}
