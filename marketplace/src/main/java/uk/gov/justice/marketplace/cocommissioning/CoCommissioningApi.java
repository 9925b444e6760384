package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Co-commissioning agreements over JSON, for the funders they name (and the steward, who reads them): drafting,
 * varying by a new version, each funder's sign-off for itself, every version kept and the one in force on a day.
 */
@ProblemAnswers.NeedsToken
@Controller("/api/co-commissioning/agreements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Co-commissioning")
class CoCommissioningApi {

    private final CoCommissioning coCommissioning;

    CoCommissioningApi(CoCommissioning coCommissioning) {
        this.coCommissioning = coCommissioning;
    }

    @Serdeable
    record DraftRequest(
            @Nullable @Schema(maxLength = Agreement.LONGEST_NAME) String name,
            @Nullable @Schema(type = "object") AgreementAnswers terms) {}

    @Serdeable
    record VariationRequest(
            @Nullable @Schema(maxLength = Agreement.LONGEST_REASON) String reason,
            @Nullable @Schema(type = "object") AgreementAnswers terms) {}

    @Serdeable
    record SignatureRequest(
            @Nullable @Schema(description = "The funder signed for: your own organisation (the default)")
                    UUID funderId) {}

    @Serdeable
    @Schema(name = "CoCommissioningAgreement")
    record AgreementAnswer(UUID id, String name, @Nullable Integer versionInForce, List<VersionAnswer> versions) {}

    /** One version as its funders read it; amounts in pounds. */
    @Serdeable
    @Schema(name = "CoCommissioningVersion")
    record VersionAnswer(
            int number,
            VersionStatus status,
            UUID hostId,
            Funding funding,
            RiskShare.Rule riskRule,
            int quorum,
            List<YearTotal> years,
            List<FunderAnswer> funders,
            List<UUID> serviceIds,
            List<String> areas,
            List<PriorityAnswer> priorities,
            String proposedBy,
            Instant proposedAt,
            @Nullable String reason,
            List<SignatureAnswer> signatures,
            @Nullable LocalDate tookEffectOn) {}

    @Serdeable
    @Schema(name = "CoCommissioningYear")
    record YearTotal(String financialYear, BigDecimal total) {}

    /** A funder with what it commits each year, in pounds and as its share of the year's total. */
    @Serdeable
    @Schema(name = "CoCommissioningFunder")
    record FunderAnswer(
            UUID organisationId,
            @Nullable String name,
            @Nullable String planName,
            @Nullable BigDecimal riskSplitPercent,
            List<ContributionAnswer> contributions) {}

    @Serdeable
    @Schema(name = "CoCommissioningContribution")
    record ContributionAnswer(String financialYear, BigDecimal amount, BigDecimal sharePercent) {}

    @Serdeable
    @Schema(name = "CoCommissioningPriority")
    record PriorityAnswer(UUID funderId, String english, String welsh) {}

    @Serdeable
    @Schema(name = "CoCommissioningSignature")
    record SignatureAnswer(UUID funderId, String signedBy, Instant signedAt) {}

    @Get
    @Operation(summary = "The agreements your organisation funds or is named to fund, newest first")
    List<AgreementAnswer> mine(@SignedIn Viewer viewer) {
        return coCommissioning.involving(viewer).stream().map(this::answer).toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Draft an agreement your organisation funds (commissioners); it takes effect when its quorum of "
                    + "funders has signed its first version")
    AgreementAnswer draft(@SignedIn Viewer viewer, @Body DraftRequest request) {
        return answer(coCommissioning.draft(viewer, request.name(), answers(request.terms())));
    }

    @ProblemAnswers.FindsByName
    @Get("/{id}")
    @Operation(summary = "An agreement with every version it has had: its history (its funders and the steward)")
    AgreementAnswer get(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return answer(coCommissioning.get(viewer, id));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/{id}/versions/in-force")
    @Operation(summary = "The version in force on a day (YYYY-MM-DD, today when absent); 404 before any took effect")
    VersionAnswer inForce(@SignedIn Viewer viewer, @PathVariable UUID id, @Nullable @QueryValue String day) {
        Agreement agreement = coCommissioning.get(viewer, id);
        return agreement
                .inForceOn(dayOf(day))
                .map(v -> version(v, coCommissioning.namesIn(agreement)))
                .orElseThrow(() -> new NotFound("day", "cocommissioning.error.notInForce"));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/versions")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Propose a variation: a new version needing the same sign-off; the version in force stays so "
                    + "until it is signed")
    AgreementAnswer vary(@SignedIn Viewer viewer, @PathVariable UUID id, @Body VariationRequest request) {
        return answer(coCommissioning.propose(viewer, id, answers(request.terms()), request.reason()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/versions/{number}/signatures")
    @Operation(
            summary = "Sign a version for your own organisation (its authorised signatory or organisation admin); "
                    + "the signature reaching the quorum puts it in force today")
    AgreementAnswer sign(
            @SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable int number, @Body SignatureRequest request) {
        return answer(coCommissioning.sign(viewer, id, number, request.funderId()));
    }

    /** No terms at all reads as terms with every answer missing, so each is named. */
    private static AgreementAnswers answers(@Nullable AgreementAnswers answers) {
        return answers == null ? AgreementAnswers.NONE : answers;
    }

    private LocalDate dayOf(@Nullable String day) {
        if (day == null || day.isBlank()) {
            return coCommissioning.today();
        }
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("day", "cocommissioning.error.day");
        }
    }

    private AgreementAnswer answer(Agreement agreement) {
        Map<UUID, String> names = coCommissioning.namesIn(agreement);
        return new AgreementAnswer(
                agreement.id(),
                agreement.name(),
                agreement.inForce().map(AgreementVersion::number).orElse(null),
                agreement.versions().stream().map(v -> version(v, names)).toList());
    }

    private static VersionAnswer version(AgreementVersion version, Map<UUID, String> names) {
        AgreementTerms terms = version.terms();
        return new VersionAnswer(
                version.number(),
                version.status(),
                terms.hostId(),
                terms.funding(),
                terms.riskShare().rule(),
                terms.quorum(),
                terms.totals().entrySet().stream()
                        .map(e -> new YearTotal(
                                e.getKey().toString(), e.getValue().amount()))
                        .toList(),
                terms.funders().stream()
                        .map(f -> new FunderAnswer(
                                f.organisationId(),
                                names.get(f.organisationId()),
                                f.planName(),
                                terms.riskShare().split().containsKey(f.organisationId())
                                        ? terms.riskShare()
                                                .split()
                                                .get(f.organisationId())
                                                .percent()
                                        : null,
                                terms.contributionsOf(f.organisationId()).entrySet().stream()
                                        .map(e -> new ContributionAnswer(
                                                e.getKey().toString(),
                                                e.getValue().amount(),
                                                terms.sharesOf(f.organisationId())
                                                        .get(e.getKey())
                                                        .percent()))
                                        .toList()))
                        .toList(),
                terms.services(),
                terms.areas(),
                terms.priorities().stream()
                        .map(p -> new PriorityAnswer(p.funderId(), p.english(), p.welsh()))
                        .toList(),
                version.proposed().actor(),
                version.proposed().at(),
                version.proposed().reason(),
                version.signatures().stream()
                        .map(s -> new SignatureAnswer(
                                s.funderId(), s.cause().actor(), s.cause().at()))
                        .toList(),
                version.tookEffectOn());
    }
}
