package uk.gov.justice.marketplace.eoi;

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
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.Optional;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * The provider's Expression of Interest in the portal: a task list of the parts, a page per part saved as a draft,
 * check your answers and submit, and withdrawal. Each save is the same use case the API calls.
 */
@Hidden
@CsrfProtected
@Controller("/eoi")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class EoiPages {

    private static final String PART_VIEW = "eoi/part";
    private static final String CHECK_VIEW = "eoi/check";

    private final EoiForms forms;
    private final EvidenceFiles evidence;
    private final EoiPageModels models;
    private final Messages messages;
    private final Pages pages;

    EoiPages(EoiForms forms, EvidenceFiles evidence, EoiPageModels models, Messages messages, Pages pages) {
        this.forms = forms;
        this.evidence = evidence;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> tasks(Viewer provider, @Nullable @QueryValue String done, HttpRequest<?> request) {
        Optional<ExpressionOfInterest> eoi = forms.mine(provider);
        int files = eoi.map(e -> evidence.list(e).size()).orElse(0);
        String banner = done == null || !done.matches("[a-z]+") ? null : "eoi.done." + done;
        return pages.page(request, "eoi/tasks", models.taskList(eoi, files, banner, messages.locale(request)));
    }

    @Get("/parts/{part}")
    HttpResponse<?> part(Viewer provider, @PathVariable String part, HttpRequest<?> request) {
        EoiPart which = Arrays.stream(EoiPart.values())
                .filter(p -> p.field().equals(part))
                .findFirst()
                .orElseThrow(() -> new NotFound("part", "error.eoi.unknownPart"));
        return ask(provider, EoiPageModels.formOf(which, answers(provider)), request);
    }

    @Get("/parts/coverage/capacity")
    HttpResponse<?> capacity(Viewer provider, HttpRequest<?> request) {
        return ask(provider, CapacityForm.of(answers(provider).coverage()), request);
    }

    @Post(value = "/parts/organisation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> organisation(Viewer provider, @Body OrganisationForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Post(value = "/parts/exclusions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> exclusions(Viewer provider, @Body ExclusionsForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Post(value = "/parts/selection", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> selection(Viewer provider, @Body SelectionForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Post(value = "/parts/services", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> services(Viewer provider, @Body ServicesForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Post(value = "/parts/coverage", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> coverage(Viewer provider, @Body CoverageForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Post(value = "/parts/coverage/capacity", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> capacity(Viewer provider, @Body CapacityForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Post(value = "/parts/evidence", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> evidence(Viewer provider, @Body EvidenceForm form, HttpRequest<?> request) {
        return save(provider, form, request);
    }

    @Get("/check")
    HttpResponse<?> check(Viewer provider, HttpRequest<?> request) {
        EoiVersion current = current(provider);
        return pages.page(
                request,
                CHECK_VIEW,
                models.checkAnswers(
                        current.answers(), current.status().isEditable(), FormErrors.NONE, messages.locale(request)));
    }

    @Post(value = "/submission", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(Viewer provider, @Body CsrfOnlyForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(CHECK_VIEW).toldBy(models::submitErrors),
                () -> {
                    forms.submit(provider);
                    return Pages.redirect("/eoi?done=submitted");
                },
                errors -> models.checkAnswers(current(provider).answers(), true, errors, messages.locale(request)));
    }

    @Get("/withdrawal")
    HttpResponse<?> confirmWithdrawal(Viewer provider, HttpRequest<?> request) {
        EoiForms.requireProvider(provider);
        return pages.page(request, "eoi/withdraw", null);
    }

    @Post(value = "/withdrawal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(Viewer provider, @Body CsrfOnlyForm form) {
        forms.withdraw(provider);
        return Pages.redirect("/eoi?done=withdrawn");
    }

    /** A part that cannot be changed now (with the steward, or closed) is shown read-only on check your answers. */
    private HttpResponse<?> ask(Viewer provider, PartForm form, HttpRequest<?> request) {
        EoiStatus status = forms.mine(provider).map(e -> e.current().status()).orElse(EoiStatus.DRAFT);
        if (!status.isEditable() && status != EoiStatus.APPROVED) {
            return Pages.redirect("/eoi/check");
        }
        return pages.page(request, PART_VIEW, models.part(form, FormErrors.NONE, messages.locale(request)));
    }

    private HttpResponse<?> save(Viewer provider, PartForm form, HttpRequest<?> request) {
        FormPage partPage =
                FormPage.of(PART_VIEW).toldBy((problems, locale) -> models.partErrors(problems, form, locale));
        return pages.shownAgainIfRefused(
                request,
                partPage,
                () -> {
                    ExpressionOfInterest saved = forms.save(provider, form::answers);
                    boolean askCapacity = form instanceof CoverageForm
                            && !saved.current().answers().coverage().areas().isEmpty();
                    return Pages.redirect(askCapacity ? EoiPageModels.CAPACITY : "/eoi?done=saved");
                },
                errors -> models.part(form, errors, messages.locale(request)));
    }

    private EoiAnswers answers(Viewer provider) {
        return forms.mine(provider).map(e -> e.current().answers()).orElse(EoiAnswers.NONE);
    }

    /** Before the first save there is nothing to send, but the pages still show the empty form. */
    private EoiVersion current(Viewer provider) {
        return forms.mine(provider).map(ExpressionOfInterest::current).orElse(EoiVersion.firstDraft());
    }
}
