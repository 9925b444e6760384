package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** The steward's guide prices over JSON: anyone reads them and their history; only the steward sets one. */
@Controller("/api/rate-card/guide-prices")
@Tag(name = "Rate card")
class GuidePriceApi {

    private final GuidePrices guides;

    GuidePriceApi(GuidePrices guides) {
        this.guides = guides;
    }

    @Serdeable
    record GuidePriceRequest(
            @Nullable String speciality,
            @Nullable @Schema(type = "string") Unit unit,
            @Nullable @Schema(description = "Pounds per unit, excluding VAT") BigDecimal amount,
            @Nullable @Schema(maxLength = GuideAnswers.LONGEST_REASON) String reason) {}

    @Serdeable
    @Schema(name = "GuidePrice")
    record GuidePriceAnswer(String speciality, Unit unit, int version, Money amount, Instant setAt, String reason) {

        static GuidePriceAnswer of(GuidePrice g) {
            return new GuidePriceAnswer(g.speciality(), g.unit(), g.version(), g.amount(), g.setAt(), g.reason());
        }
    }

    @ProblemAnswers.NoToken
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get
    @Operation(summary = "The guide price in force for every speciality and unit that has one")
    List<GuidePriceAnswer> current() {
        return guides.current().stream().map(GuidePriceAnswer::of).toList();
    }

    @ProblemAnswers.NoToken
    @ProblemAnswers.RefusesInput
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{speciality}/{unit}")
    @Operation(summary = "Every guide price a speciality and unit has had, oldest first")
    List<GuidePriceAnswer> history(@PathVariable String speciality, @PathVariable String unit) {
        return guides.history(speciality, unitNamed(unit)).stream()
                .map(GuidePriceAnswer::of)
                .toList();
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Set the guide price of a speciality and unit, with the reason (the market steward)")
    GuidePriceAnswer set(@SignedIn Viewer steward, @Body GuidePriceRequest request) {
        return GuidePriceAnswer.of(
                guides.set(steward, request.speciality(), request.unit(), request.amount(), request.reason()));
    }

    private static Unit unitNamed(String unit) {
        try {
            return Unit.valueOf(unit);
        } catch (IllegalArgumentException notAUnit) {
            throw new InvalidInput("unit", "ratecard.error.unit");
        }
    }
}
