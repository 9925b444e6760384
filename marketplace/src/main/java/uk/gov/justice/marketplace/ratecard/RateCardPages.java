package uk.gov.justice.marketplace.ratecard;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormAnswers;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * "Your rate card" in the portal: a provider lists its services, starts one, changes it, sets its next price,
 * publishes and withdraws it; and the public page of a service with its price history, open to anyone.
 */
@Hidden
@CsrfProtected
@Controller("/rate-card/services")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RateCardPages {

    private static final String LIST = "ratecard/yours";
    private static final String FORM = "ratecard/service-form";
    private static final String SERVICE = "ratecard/service";

    private final RateCards rateCards;
    private final RateCardPageModels models;
    private final Messages messages;
    private final Pages pages;

    RateCardPages(RateCards rateCards, RateCardPageModels models, Messages messages, Pages pages) {
        this.rateCards = rateCards;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    /** A service's details as typed: up to {@link RateCardPageModels#AREA_ROWS} areas, each with its capacity. */
    @Serdeable
    record ServiceForm(
            @Nullable String speciality,
            @Nullable String unit,
            @Nullable String titleEn,
            @Nullable String titleCy,
            @Nullable String descriptionEn,
            @Nullable String descriptionCy,
            @Nullable List<String> cohorts,
            @Nullable String capacityPeriod,
            @Nullable String area1,
            @Nullable String capacity1,
            @Nullable String area2,
            @Nullable String capacity2,
            @Nullable String area3,
            @Nullable String capacity3,
            @Nullable String minimumOrder,
            @Nullable String leadTimeDays,
            @Nullable String welshDelivery,
            @Nullable List<String> evidence,
            @Nullable String aboveGuideReasonEn,
            @Nullable String aboveGuideReasonCy,
            @Nullable String csrfToken)
            implements CsrfForm {

        static final ServiceForm NOTHING = new ServiceForm(
                null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null,
                null, List.of(), null, null, null);

        static ServiceForm of(ServiceDetails d) {
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < RateCardPageModels.AREA_ROWS; i++) {
                rows.add(
                        i < d.areas().size()
                                ? new String[] {
                                    d.areas().get(i).areaCode(),
                                    String.valueOf(d.areas().get(i).capacity())
                                }
                                : new String[] {null, null});
            }
            return new ServiceForm(
                    d.speciality(),
                    d.unit().name(),
                    d.titleEn(),
                    d.titleCy(),
                    d.descriptionEn(),
                    d.descriptionCy(),
                    d.cohorts(),
                    d.capacityPeriod().name(),
                    rows.get(0)[0],
                    rows.get(0)[1],
                    rows.get(1)[0],
                    rows.get(1)[1],
                    rows.get(2)[0],
                    rows.get(2)[1],
                    String.valueOf(d.minimumOrder()),
                    String.valueOf(d.leadTimeDays()),
                    FormAnswers.yesNo(d.welshDelivery()),
                    d.evidence().stream().map(UUID::toString).toList(),
                    d.aboveGuideReasonEn(),
                    d.aboveGuideReasonCy(),
                    null);
        }

        /** An evidence choice is one of the files offered, so anything else was never a choice on the page. */
        private static UUID evidenceId(String typed) {
            try {
                return UUID.fromString(String.valueOf(typed).trim());
            } catch (IllegalArgumentException notOffered) {
                throw new InvalidInput("evidence", "ratecard.error.evidence");
            }
        }

        List<String[]> areaRows() {
            return List.of(
                    new String[] {area1, capacity1}, new String[] {area2, capacity2}, new String[] {area3, capacity3});
        }

        ServiceDetails details() {
            FormAnswers read = new FormAnswers();
            List<ServedArea> areas = new ArrayList<>();
            for (String[] row : areaRows()) {
                String area = read.text(row[0]);
                Integer capacity = read.whole("areas", row[1]);
                if (area != null || capacity != null) {
                    areas.add(new ServedArea(area, capacity));
                }
            }
            List<UUID> chosen = evidence == null
                    ? List.of()
                    : evidence.stream().map(ServiceForm::evidenceId).toList();
            Boolean welsh = read.bool("welshDelivery", welshDelivery);
            return read.answers(new ServiceDetails(
                    read.text(speciality),
                    read.choice("unit", unit, Unit.class),
                    titleEn,
                    titleCy,
                    descriptionEn,
                    descriptionCy,
                    cohorts,
                    areas,
                    read.whole("minimumOrder", minimumOrder),
                    read.choice("capacityPeriod", capacityPeriod, CapacityPeriod.class),
                    read.whole("leadTimeDays", leadTimeDays),
                    Boolean.TRUE.equals(welsh),
                    chosen,
                    aboveGuideReasonEn,
                    aboveGuideReasonCy));
        }
    }

    /** The next price as typed: pounds, how VAT applies, and the day it applies from. */
    @Serdeable
    record PriceForm(
            @Nullable String unitPrice,
            @Nullable String vat,
            @Nullable String effectiveFromDay,
            @Nullable String effectiveFromMonth,
            @Nullable String effectiveFromYear,
            @Nullable String csrfToken)
            implements CsrfForm {

        static final PriceForm NOTHING = new PriceForm(null, null, null, null, null, null);
    }

    @Serdeable
    record WithdrawalForm(@Nullable String reason, @Nullable String csrfToken) implements CsrfForm {

        static final WithdrawalForm NOTHING = new WithdrawalForm(null, null);
    }

    @Get("/mine")
    HttpResponse<?> mine(Viewer provider, @Nullable @QueryValue String done, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        return pages.page(request, LIST, models.yours(rateCards.mine(provider), banner(done, locale), locale));
    }

    @Get("/new")
    HttpResponse<?> start(Viewer provider, HttpRequest<?> request) {
        rateCards.mine(provider);
        return pages.page(request, FORM, form(provider, null, ServiceForm.NOTHING, FormErrors.NONE, null, request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> draft(Viewer provider, @Body ServiceForm form, HttpRequest<?> request) {
        return again(
                request,
                () -> editPage(rateCards.draft(provider, form.details()).id(), "drafted"),
                errors -> form(provider, null, form, errors, null, request));
    }

    @Get("/{id}/edit")
    HttpResponse<?> edit(
            Viewer provider, @PathVariable UUID id, @Nullable @QueryValue String done, HttpRequest<?> request) {
        RateCardService service = rateCards.ownService(provider, id);
        return pages.page(
                request,
                FORM,
                form(
                        provider,
                        service,
                        ServiceForm.of(service.details()),
                        FormErrors.NONE,
                        banner(done, messages.locale(request)),
                        request));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(Viewer provider, @PathVariable UUID id, @Body ServiceForm form, HttpRequest<?> request) {
        RateCardService service = rateCards.ownService(provider, id);
        return again(
                request,
                () -> editPage(rateCards.change(provider, id, form.details()).id(), "changed"),
                errors -> form(provider, service, form, errors, null, request));
    }

    @Post(value = "/{id}/prices", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> price(Viewer provider, @PathVariable UUID id, @Body PriceForm form, HttpRequest<?> request) {
        RateCardService service = rateCards.ownService(provider, id);
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(FORM),
                () -> {
                    FormAnswers read = new FormAnswers();
                    BigDecimal amount = read.decimal(
                            "unitPrice",
                            form.unitPrice() == null
                                    ? null
                                    : form.unitPrice().replace("£", "").replace(",", ""));
                    VatTreatment vat = read.choice("vat", form.vat(), VatTreatment.class);
                    LocalDate from = read.date(
                            "effectiveFrom",
                            form.effectiveFromDay(),
                            form.effectiveFromMonth(),
                            form.effectiveFromYear());
                    read.answers(form);
                    rateCards.setPrice(provider, id, amount, vat, from);
                    return editPage(id, "priced");
                },
                errors -> models.form(
                        provider.organisationId(),
                        service,
                        ServiceForm.of(service.details()),
                        form,
                        WithdrawalForm.NOTHING,
                        errors,
                        null,
                        messages.locale(request)));
    }

    @Post(value = "/{id}/publication", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Viewer provider, @PathVariable UUID id, @Body CsrfOnlyForm form, HttpRequest<?> request) {
        RateCardService service = rateCards.ownService(provider, id);
        return again(
                request,
                () -> editPage(rateCards.publish(provider, id).id(), "published"),
                errors -> form(provider, service, ServiceForm.of(service.details()), errors, null, request));
    }

    @Post(value = "/{id}/withdrawal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(
            Viewer provider, @PathVariable UUID id, @Body WithdrawalForm form, HttpRequest<?> request) {
        RateCardService service = rateCards.ownService(provider, id);
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(FORM),
                () -> editPage(rateCards.withdraw(provider, id, form.reason()).id(), "withdrawn"),
                errors -> models.form(
                        provider.organisationId(),
                        service,
                        ServiceForm.of(service.details()),
                        PriceForm.NOTHING,
                        form,
                        errors,
                        null,
                        messages.locale(request)));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> show(@PathVariable UUID id, HttpRequest<?> request) {
        return pages.page(request, SERVICE, models.service(rateCards.publicService(id), messages.locale(request)));
    }

    private HttpResponse<?> again(
            HttpRequest<?> request, Supplier<? extends HttpResponse<?>> useCase, Function<FormErrors, Object> page) {
        return pages.shownAgainIfRefused(request, FormPage.of(FORM), useCase, page);
    }

    private ServiceFormPage form(
            Viewer provider,
            RateCardService service,
            ServiceForm typed,
            FormErrors errors,
            String banner,
            HttpRequest<?> request) {
        return models.form(
                provider.organisationId(),
                service,
                typed,
                PriceForm.NOTHING,
                WithdrawalForm.NOTHING,
                errors,
                banner,
                messages.locale(request));
    }

    private static HttpResponse<?> editPage(UUID id, String done) {
        return Pages.redirect("/rate-card/services/" + id + "/edit?done=" + done);
    }

    private String banner(String done, Locale locale) {
        return done == null
                        || !List.of("drafted", "changed", "priced", "published", "withdrawn")
                                .contains(done)
                ? null
                : messages.text("ratecard.done." + done, locale);
    }
}
