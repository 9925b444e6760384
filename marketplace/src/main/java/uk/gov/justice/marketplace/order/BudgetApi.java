package uk.gov.justice.marketplace.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
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
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** Budgets over JSON: what a commissioner may charge orders to, and its own budget per financial year. */
@ProblemAnswers.NeedsToken
@Controller("/api/budgets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Orders")
class BudgetApi {

    private final Budgets budgets;

    BudgetApi(Budgets budgets) {
        this.budgets = budgets;
    }

    @Serdeable
    record BudgetRequest(
            @Nullable @Schema(description = "The financial year, written 2026-27") String year,
            @Nullable @Schema(description = "Pounds, not negative") BigDecimal amount,
            @Nullable @Schema(maxLength = Budgets.LONGEST_NAME) String name) {}

    @Serdeable
    @Schema(name = "Budget")
    record BudgetAnswer(
            UUID id,
            String year,
            String name,
            @Nullable @Schema(description = "The co-commissioning agreement of a pool; absent for your own budget")
                    UUID agreementId,
            Money amount,
            Money committed,
            Money spent,
            Money remaining) {

        static BudgetAnswer of(Budget.Standing s) {
            return new BudgetAnswer(
                    s.budget().id(),
                    s.budget().year().toString(),
                    s.budget().name(),
                    s.budget().agreementId(),
                    s.budget().amount(),
                    s.committed(),
                    s.spent(),
                    s.remaining());
        }
    }

    @Get
    @Operation(summary = "The budgets your organisation may charge orders to, with what is committed, spent and left")
    List<BudgetAnswer> list(@SignedIn Viewer viewer) {
        return budgets.heldBy(viewer).stream().map(BudgetAnswer::of).toList();
    }

    @ProblemAnswers.RefusesInput
    @Put
    @Operation(
            summary = "Set your commissioning organisation's own budget for a financial year (organisation admins); "
                    + "never below what orders already commit")
    BudgetAnswer set(@SignedIn Viewer admin, @Body BudgetRequest request) {
        return BudgetAnswer.of(budgets.setOwn(
                admin,
                request.year(),
                request.amount() == null ? null : request.amount().toPlainString(),
                request.name()));
    }
}
