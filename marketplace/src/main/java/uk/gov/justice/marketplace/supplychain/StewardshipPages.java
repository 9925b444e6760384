package uk.gov.justice.marketplace.supplychain;

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
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.FormAnswers;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.Viewer;

/** The steward's dashboard of supply chains: every chain's figures and flags, by area, with the limits. */
@Hidden
@CsrfProtected
@Controller("/stewardship")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StewardshipPages {

    private static final String VIEW = "supplychain/stewardship";
    private static final FormPage FORM = FormPage.of(VIEW);

    private final SupplyChains chains;
    private final Stewardship stewardship;
    private final ChainPageModels models;
    private final Messages messages;
    private final Pages pages;

    StewardshipPages(
            SupplyChains chains, Stewardship stewardship, ChainPageModels models, Messages messages, Pages pages) {
        this.chains = chains;
        this.stewardship = stewardship;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    /** The limits as typed into the form. */
    @Serdeable
    record LimitsForm(
            @Nullable String maxRiskTransferPercent,
            @Nullable String maxPaymentTermsDays,
            @Nullable String minVcseSharePercent,
            @Nullable String csrfToken)
            implements CsrfForm {

        static LimitsForm of(StewardshipLimits limits) {
            return new LimitsForm(
                    limits.maxRiskTransferPercent().toPlainString(),
                    String.valueOf(limits.maxPaymentTermsDays()),
                    limits.minVcseSharePercent().toPlainString(),
                    null);
        }

        StewardshipLimits limits() {
            FormAnswers read = new FormAnswers();
            Integer days = read.whole("maxPaymentTermsDays", maxPaymentTermsDays);
            return read.answers(new StewardshipLimits(
                    read.decimal("maxRiskTransferPercent", maxRiskTransferPercent),
                    days == null ? -1 : days,
                    read.decimal("minVcseSharePercent", minVcseSharePercent)));
        }
    }

    @Get
    HttpResponse<?> show(
            Viewer steward,
            @Nullable @QueryValue String area,
            @Nullable @QueryValue String lead,
            @Nullable @QueryValue String changed,
            HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        return pages.shownAgainIfRefused(
                request,
                FORM,
                () -> pages.page(
                        request,
                        VIEW,
                        page(
                                steward,
                                new Filter(area, lead),
                                LimitsForm.of(stewardship.limits()),
                                FormErrors.NONE,
                                changed == null ? null : messages.text("stewardship.changed", locale),
                                locale)),
                errors -> page(
                        steward, new Filter(null, null), LimitsForm.of(stewardship.limits()), errors, null, locale));
    }

    /** What the steward narrowed the list to: an area and a lead provider, both optional. */
    record Filter(@Nullable String area, @Nullable String lead) {

        UUID leadId() {
            if (lead == null || lead.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(lead);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("lead", "error.chain.lead");
            }
        }
    }

    @Get(value = "/chains.csv", produces = "text/csv")
    HttpResponse<String> csv(Viewer steward, @Nullable @QueryValue String area, @Nullable @QueryValue String lead) {
        Filter filter = new Filter(area, lead);
        return Downloads.csv(
                ChainsCsv.of(
                        chains.overview(steward, filter.area(), filter.leadId()).chains()),
                ChainsCsv.FILE_NAME);
    }

    @Post(value = "/limits", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(Viewer steward, @Body LimitsForm form, HttpRequest<?> request) {
        AccessPolicy.requireSteward(steward);
        return pages.shownAgainIfRefused(
                request,
                FORM,
                () -> {
                    stewardship.change(steward, form.limits());
                    return Pages.redirect("/stewardship?changed=limits");
                },
                errors -> page(steward, new Filter(null, null), form, errors, null, messages.locale(request)));
    }

    private StewardshipPage page(
            Viewer steward, Filter filter, LimitsForm limits, FormErrors errors, String banner, Locale locale) {
        UriBuilder csv = UriBuilder.of("/stewardship/chains.csv");
        if (filter.area() != null && !filter.area().isBlank()) {
            csv.queryParam("area", filter.area());
        }
        if (filter.leadId() != null) {
            csv.queryParam("lead", filter.lead());
        }
        SupplyChains.Overview overview = chains.overview(steward, filter.area(), filter.leadId());
        List<Option> leads = overview.leads().entrySet().stream()
                .map(e -> new Option(e.getKey().toString(), e.getValue()))
                .sorted(Comparator.comparing(Option::label))
                .toList();
        return new StewardshipPage(
                overview.chains().stream().map(v -> models.row(v, locale)).toList(),
                models.areaOptions(locale),
                filter.area(),
                leads,
                filter.lead(),
                csv.toString(),
                models.limits(limits, errors, locale),
                errors,
                banner);
    }
}
