package uk.gov.justice.marketplace.register;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;

/** The register as open data: anyone may read it, as JSON or CSV, filtered by area, speciality and cohort. */
@ProblemAnswers.NoToken
@Controller("/api/register")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Register")
class RegisterApi {

    private final Register register;

    RegisterApi(Register register) {
        this.register = register;
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get
    @Operation(summary = "Approved providers; ?area= (any layer, matched by containment), ?speciality=, ?cohort=")
    List<RegisterEntry> entries(@RequestBean RegisterFilter filter) {
        return register.entries(filter);
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get(value = "/register.csv", produces = "text/csv")
    @Operation(summary = "The register as CSV open data (same filters)")
    HttpResponse<String> csv(@RequestBean RegisterFilter filter) {
        return Downloads.csv(RegisterCsv.of(register.entries(filter)), "rehabilitation-providers-register.csv");
    }
}
