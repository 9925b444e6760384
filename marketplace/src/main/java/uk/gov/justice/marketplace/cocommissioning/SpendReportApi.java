package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** A co-commissioned agreement's spend for a funder, as JSON or CSV (its funders and the steward). */
@ProblemAnswers.NeedsToken
@Controller("/api/co-commissioning/agreements/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Co-commissioning")
class SpendReportApi {

    private final SpendReports reports;

    SpendReportApi(SpendReports reports) {
        this.reports = reports;
    }

    @Serdeable
    record FiguresAnswer(BigDecimal contribution, BigDecimal committed, BigDecimal spent, BigDecimal uncommitted) {

        static FiguresAnswer of(SpendReport.Figures f) {
            return new FiguresAnswer(
                    f.contribution().amount(),
                    f.committed().amount(),
                    f.spent().amount(),
                    f.uncommitted().amount());
        }
    }

    /** {@code yours} is absent where the heading is not the reader's to see. */
    @Serdeable
    record LineAnswer(String heading, @Nullable String welshHeading, @Nullable BigDecimal yours, BigDecimal total) {

        static LineAnswer of(SpendReport.Line line) {
            return new LineAnswer(
                    line.heading(),
                    line.welshHeading(),
                    line.yours() == null ? null : line.yours().amount(),
                    line.total().amount());
        }
    }

    /** {@code yours} is absent when the reader's organisation funds nothing in the agreement (the steward). */
    @Serdeable
    record SpendReportAnswer(
            UUID agreementId,
            String agreementName,
            String financialYear,
            String currency,
            @Nullable @Schema(type = "object") FiguresAnswer yours,
            FiguresAnswer total,
            List<LineAnswer> quarters,
            List<LineAnswer> areas,
            List<LineAnswer> priorities) {

        static SpendReportAnswer of(SpendReport r) {
            return new SpendReportAnswer(
                    r.agreementId(),
                    r.agreementName(),
                    r.year().toString(),
                    Money.GBP,
                    r.yours().map(FiguresAnswer::of).orElse(null),
                    FiguresAnswer.of(r.shared()),
                    r.quarters().stream().map(LineAnswer::of).toList(),
                    r.areas().stream().map(LineAnswer::of).toList(),
                    r.priorities().stream().map(LineAnswer::of).toList());
        }
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/spend")
    @Operation(
            summary = "Contribution, committed and spent for a financial year (?year=2026-27, this year when left "
                    + "out): your organisation's own figures and the shared totals, and spend per quarter, area and "
                    + "priority (the agreement's funders and the steward)")
    SpendReportAnswer spend(@SignedIn Viewer viewer, @PathVariable UUID id, @Nullable @QueryValue String year) {
        return SpendReportAnswer.of(reports.of(viewer, id, year));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get(value = "/spend.csv", produces = "text/csv")
    @Operation(summary = "The same as CSV")
    HttpResponse<String> csv(@SignedIn Viewer viewer, @PathVariable UUID id, @Nullable @QueryValue String year) {
        SpendReport report = reports.of(viewer, id, year);
        return Downloads.csv(SpendReportCsv.of(report), SpendReportCsv.fileName(report));
    }
}
