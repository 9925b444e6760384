package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/** The spend report page of an agreement, with its chart, tables and CSV (the agreement's funders, the steward). */
@Hidden
@Controller("/co-commissioning/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SpendReportPages {

    private static final String VIEW = "cocommissioning/spend";
    private static final FormPage FORM = FormPage.of(VIEW);

    private final SpendReports reports;
    private final SpendReportPageModels models;
    private final Messages messages;
    private final Pages pages;

    SpendReportPages(SpendReports reports, SpendReportPageModels models, Messages messages, Pages pages) {
        this.reports = reports;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Get("/spend")
    HttpResponse<?> show(
            Viewer viewer, @PathVariable UUID id, @Nullable @QueryValue String year, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FORM,
                () -> pages.page(
                        request,
                        VIEW,
                        models.page(
                                reports.of(viewer, id, year),
                                year == null ? "" : year,
                                FormErrors.NONE,
                                messages.locale(request))),
                errors -> models.page(reports.of(viewer, id, null), year, errors, messages.locale(request)));
    }

    @Get(value = "/spend.csv", produces = "text/csv")
    HttpResponse<String> csv(Viewer viewer, @PathVariable UUID id, @Nullable @QueryValue String year) {
        SpendReport report = reports.of(viewer, id, year);
        return Downloads.csv(SpendReportCsv.of(report), SpendReportCsv.fileName(report));
    }
}
