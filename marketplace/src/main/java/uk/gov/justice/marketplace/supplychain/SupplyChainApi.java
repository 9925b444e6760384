package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** Supply chains over JSON: the lead assembles, partners answer, everyone sees what they may. */
@ProblemAnswers.NeedsToken
@Controller("/api/supply-chains")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Supply chains")
class SupplyChainApi {

    private final SupplyChains chains;

    SupplyChainApi(SupplyChains chains) {
        this.chains = chains;
    }

    @Serdeable
    record NewChainRequest(
            @Nullable @Schema(maxLength = SupplyChain.LONGEST_NAME) String name,
            @Nullable String area,
            @Nullable @Schema(type = "string") SupplyChain.Purpose purpose,
            @Nullable @Schema(type = "object") Money contractValue) {}

    @Serdeable
    record InvitationRequest(
            @Nullable UUID partnerId, @Nullable @Schema(maxLength = SupplyChain.LONGEST_TEXT) String message) {}

    @Serdeable
    record ReasonRequest(@Nullable @Schema(maxLength = SupplyChain.LONGEST_TEXT) String reason) {}

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a supply chain for a bid or a live contract in an area (lead providers)")
    SupplyChainAnswer start(@SignedIn Viewer lead, @Body NewChainRequest request) {
        return SupplyChainAnswer.of(chains.start(
                lead,
                new SupplyChains.NewChain(request.name(), request.area(), request.purpose(), request.contractValue())));
    }

    @Get
    @Operation(summary = "Your chains: a lead's own, or the chains a partner has been invited to")
    List<SupplyChainAnswer> mine(@SignedIn Viewer viewer) {
        return chains.mine(viewer).stream().map(SupplyChainAnswer::of).toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/{id}")
    @Operation(summary = "One chain with its figures and flags (a partner sees only its own place in it)")
    SupplyChainAnswer get(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return SupplyChainAnswer.of(chains.get(viewer, id));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/invitations")
    @Operation(summary = "Invite a provider from the register, with a message; it has 10 working days to answer")
    SupplyChainAnswer invite(@SignedIn Viewer lead, @PathVariable UUID id, @Body InvitationRequest request) {
        return SupplyChainAnswer.of(chains.invite(lead, id, request.partnerId(), request.message()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/acceptance")
    @Operation(summary = "Accept your organisation's invitation to this chain (partners)")
    SupplyChainAnswer accept(@SignedIn Viewer partner, @PathVariable UUID id) {
        return SupplyChainAnswer.of(chains.accept(partner, id));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/declination")
    @Operation(summary = "Decline your organisation's invitation, with a reason (partners)")
    SupplyChainAnswer decline(@SignedIn Viewer partner, @PathVariable UUID id, @Body ReasonRequest request) {
        return SupplyChainAnswer.of(chains.decline(partner, id, request.reason()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Put("/{id}/partners/{partnerId}/terms")
    @Operation(
            summary = "Record a partner's services, volume, value, payment terms, risk transfer and dates; "
                    + "each change is a new version")
    SupplyChainAnswer terms(
            @SignedIn Viewer lead, @PathVariable UUID id, @PathVariable UUID partnerId, @Body PartnerTermsBody terms) {
        return SupplyChainAnswer.of(chains.recordTerms(lead, id, partnerId, terms.terms()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/partners/{partnerId}/removal")
    @Operation(summary = "Take a partner out of the chain, with a reason")
    SupplyChainAnswer remove(
            @SignedIn Viewer lead, @PathVariable UUID id, @PathVariable UUID partnerId, @Body ReasonRequest request) {
        return SupplyChainAnswer.of(chains.remove(lead, id, partnerId, request.reason()));
    }
}
