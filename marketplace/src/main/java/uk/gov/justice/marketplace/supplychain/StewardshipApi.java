package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** The steward's view of supply-chain health: every chain's figures and flags, as JSON or CSV, and the limits. */
@ProblemAnswers.NeedsToken
@Controller("/api/stewardship")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stewardship")
class StewardshipApi {

    private final SupplyChains chains;
    private final Stewardship stewardship;

    StewardshipApi(SupplyChains chains, Stewardship stewardship) {
        this.chains = chains;
        this.stewardship = stewardship;
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/chains")
    @Operation(
            summary = "Every supply chain with its VCSE share, weighted risk transfer, payment terms and flags; "
                    + "?area= (containment both ways), ?lead= (organisation id) (steward)")
    List<SupplyChainAnswer> chains(
            @SignedIn Viewer steward, @Nullable @QueryValue String area, @Nullable @QueryValue UUID lead) {
        return chains.overview(steward, area, lead).chains().stream()
                .map(SupplyChainAnswer::of)
                .toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get(value = "/chains.csv", produces = "text/csv")
    @Operation(summary = "The same as CSV open data, one row per chain (steward)")
    HttpResponse<String> csv(
            @SignedIn Viewer steward, @Nullable @QueryValue String area, @Nullable @QueryValue UUID lead) {
        return Downloads.csv(ChainsCsv.of(chains.overview(steward, area, lead).chains()), ChainsCsv.FILE_NAME);
    }

    @Get("/limits")
    @Operation(summary = "The limits that flag a chain")
    StewardshipLimits limits(@SignedIn Viewer viewer) {
        return stewardship.limits();
    }

    @ProblemAnswers.RefusesInput
    @Put("/limits")
    @Operation(summary = "Change the limits (steward; audited)")
    StewardshipLimits change(@SignedIn Viewer steward, @Body StewardshipLimits limits) {
        AccessPolicy.requireSteward(steward);
        return stewardship.change(steward, limits);
    }
}
