package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;

/** Co-commissioned agreements and their orders as open data: OCDS 1.1 releases, for anyone. */
@ProblemAnswers.NoToken
@Controller("/api/co-commissioning/releases")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Open data")
class CoCommissioningOpenDataApi {

    private final CoCommissioningOpenData openData;

    CoCommissioningOpenDataApi(CoCommissioningOpenData openData) {
        this.openData = openData;
    }

    /** The releases with the extension they use named, as an OCDS release package lists them. */
    @Serdeable
    record ReleasesAnswer(String version, List<String> extensions, List<CoCommissioningOpenDataRelease> releases) {}

    @Get
    @Operation(
            summary = "Every co-commissioned agreement in force and the orders charged to it, as OCDS 1.1 releases "
                    + "with the Budget Breakdown extension (planning.budget.budgetBreakdown by funder and year)")
    ReleasesAnswer releases() {
        return new ReleasesAnswer(
                "1.1",
                List.of("https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/"
                        + "master/extension.json"),
                openData.releases());
    }
}
