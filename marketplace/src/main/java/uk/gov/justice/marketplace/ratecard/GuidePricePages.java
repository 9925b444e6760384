package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.Locale;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormAnswers;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.Viewer;

/** The steward's guide prices in the portal: the ones in force, and the form that sets the next one. */
@Hidden
@CsrfProtected
@Controller("/rate-card/guide-prices")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class GuidePricePages {

    private static final String VIEW = "ratecard/guide-prices";

    private final GuidePrices guides;
    private final RateCardPageModels models;
    private final Messages messages;
    private final Pages pages;

    GuidePricePages(GuidePrices guides, RateCardPageModels models, Messages messages, Pages pages) {
        this.guides = guides;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Serdeable
    record GuideForm(
            @Nullable String speciality,
            @Nullable String unit,
            @Nullable String amount,
            @Nullable String reason,
            @Nullable String csrfToken)
            implements CsrfForm {

        static final GuideForm NOTHING = new GuideForm(null, null, null, null, null);
    }

    @Get
    HttpResponse<?> show(Viewer steward, @Nullable @QueryValue String done, HttpRequest<?> request) {
        AccessPolicy.requireSteward(steward);
        Locale locale = messages.locale(request);
        String banner = done == null ? null : messages.text("ratecard.done.guide", locale);
        return pages.page(request, VIEW, models.guides(GuideForm.NOTHING, FormErrors.NONE, banner, locale));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> set(Viewer steward, @Body GuideForm form, HttpRequest<?> request) {
        AccessPolicy.requireSteward(steward);
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    FormAnswers read = new FormAnswers();
                    Unit unit = read.choice("unit", form.unit(), Unit.class);
                    BigDecimal amount = read.decimal(
                            "amount",
                            form.amount() == null
                                    ? null
                                    : form.amount().replace("£", "").replace(",", ""));
                    read.answers(form);
                    guides.set(steward, read.text(form.speciality()), unit, amount, form.reason());
                    return Pages.redirect("/rate-card/guide-prices?done=set");
                },
                errors -> models.guides(form, errors, null, messages.locale(request)));
    }
}
