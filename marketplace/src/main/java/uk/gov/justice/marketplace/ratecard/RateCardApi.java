package uk.gov.justice.marketplace.ratecard;

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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.eoi.EvidenceFile;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * The rate card over JSON. A provider keeps its own services (draft, change, price, publish, withdraw) with its
 * bearer token; anyone reads a published service with its whole price history and whether it is above the
 * steward's guide price.
 */
@Controller("/api/rate-card/services")
@Tag(name = "Rate card")
class RateCardApi {

    private final RateCards rateCards;
    private final GuidePrices guides;
    private final Clock clock;

    RateCardApi(RateCards rateCards, GuidePrices guides, Clock clock) {
        this.rateCards = rateCards;
        this.guides = guides;
        this.clock = clock;
    }

    @Serdeable
    record ServiceRequest(
            @Nullable String speciality,
            @Nullable @Schema(type = "string") Unit unit,
            @Nullable @Schema(maxLength = ServiceDetails.LONGEST_TITLE) String titleEn,
            @Nullable @Schema(maxLength = ServiceDetails.LONGEST_TITLE) String titleCy,
            @Nullable @Schema(maxLength = ServiceDetails.LONGEST_TEXT) String descriptionEn,
            @Nullable @Schema(maxLength = ServiceDetails.LONGEST_TEXT) String descriptionCy,
            @Nullable List<String> cohorts,
            @Nullable List<AreaCapacity> areas,
            @Nullable Integer minimumOrder,
            @Nullable @Schema(type = "string") CapacityPeriod capacityPeriod,
            @Nullable Integer leadTimeDays,
            @Nullable Boolean welshDelivery,
            @Nullable List<UUID> evidence,
            @Nullable @Schema(maxLength = ServiceDetails.LONGEST_TEXT) String aboveGuideReasonEn,
            @Nullable @Schema(maxLength = ServiceDetails.LONGEST_TEXT) String aboveGuideReasonCy) {

        ServiceDetails details() {
            return new ServiceDetails(
                    speciality,
                    unit,
                    titleEn,
                    titleCy,
                    descriptionEn,
                    descriptionCy,
                    cohorts,
                    areas == null
                            ? List.of()
                            : areas.stream()
                                    .map(a -> a == null ? null : new ServedArea(a.area(), a.capacity()))
                                    .toList(),
                    minimumOrder,
                    capacityPeriod,
                    leadTimeDays,
                    Boolean.TRUE.equals(welshDelivery),
                    evidence,
                    aboveGuideReasonEn,
                    aboveGuideReasonCy);
        }
    }

    /** An area (code of any layer) and the units the service can take there each period. */
    @Serdeable
    record AreaCapacity(@Nullable String area, @Nullable Integer capacity) {}

    @Serdeable
    record PriceRequest(
            @Nullable @Schema(description = "Pounds, excluding VAT") BigDecimal unitPrice,
            @Nullable @Schema(type = "string") VatTreatment vat,
            @Nullable @Schema(description = "The first day the price applies; never before today")
                    LocalDate effectiveFrom) {}

    @Serdeable
    record WithdrawalRequest(@Nullable @Schema(maxLength = RateCardService.LONGEST_REASON) String reason) {}

    /** One unit price in the service's public history. */
    @Serdeable
    @Schema(name = "RateCardPrice")
    record PriceAnswer(int version, Money unitPrice, VatTreatment vat, LocalDate effectiveFrom, Instant setAt) {}

    /** An outcome evidence file of the provider's approved EoI, and where a signed-in reader downloads it. */
    @Serdeable
    @Schema(name = "RateCardEvidence")
    record EvidenceAnswer(UUID id, String fileName, String href) {}

    @Serdeable
    @Schema(name = "RateCardService")
    record ServiceAnswer(
            UUID id,
            UUID providerId,
            String providerName,
            ServiceStatus status,
            String speciality,
            Unit unit,
            String titleEn,
            String titleCy,
            String descriptionEn,
            String descriptionCy,
            List<String> cohorts,
            List<AreaCapacity> areas,
            int minimumOrder,
            CapacityPeriod capacityPeriod,
            int leadTimeDays,
            boolean welshDelivery,
            List<EvidenceAnswer> evidence,
            @Nullable @Schema(type = "object") PriceAnswer priceToday,
            List<PriceAnswer> prices,
            @Nullable @Schema(type = "object") Money guidePrice,
            boolean aboveGuidePrice,
            @Nullable String aboveGuideReasonEn,
            @Nullable String aboveGuideReasonCy,
            @Nullable Instant publishedAt) {}

    @ProblemAnswers.NeedsToken
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/mine")
    @Operation(summary = "Your organisation's services on the rate card, drafts included (providers)")
    List<ServiceAnswer> mine(@SignedIn Viewer provider) {
        return rateCards.mine(provider).stream().map(this::answer).toList();
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a service on your rate card, as a draft only your organisation sees (providers)")
    ServiceAnswer draft(@SignedIn Viewer provider, @Body ServiceRequest request) {
        return answer(rateCards.draft(provider, request.details()));
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Put("/{id}")
    @Operation(summary = "Change your service's details; its prices are set apart, each from its own day")
    ServiceAnswer change(@SignedIn Viewer provider, @PathVariable UUID id, @Body ServiceRequest request) {
        return answer(rateCards.change(provider, id, request.details()));
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/{id}/prices")
    @Operation(
            summary = "Set a new unit price from a day on (never before today, and after the latest price's day); "
                    + "orders already placed keep the price they were placed at")
    ServiceAnswer price(@SignedIn Viewer provider, @PathVariable UUID id, @Body PriceRequest request) {
        return answer(rateCards.setPrice(provider, id, request.unitPrice(), request.vat(), request.effectiveFrom()));
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/{id}/publication")
    @Operation(
            summary = "Publish your service: it needs a price, capacity somewhere and your organisation on the "
                    + "register (an approved Expression of Interest)")
    ServiceAnswer publish(@SignedIn Viewer provider, @PathVariable UUID id) {
        return answer(rateCards.publish(provider, id));
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/{id}/withdrawal")
    @Operation(summary = "Withdraw your published service with a reason: no new orders, orders placed stand")
    ServiceAnswer withdraw(@SignedIn Viewer provider, @PathVariable UUID id, @Body WithdrawalRequest request) {
        return answer(rateCards.withdraw(provider, id, request.reason()));
    }

    @ProblemAnswers.NoToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{id}")
    @Operation(summary = "A published (or withdrawn) service with its whole price history; open to anyone")
    ServiceAnswer service(@PathVariable UUID id) {
        return answer(rateCards.publicService(id));
    }

    private ServiceAnswer answer(RateCardService s) {
        LocalDate today = LocalDate.now(clock);
        ServiceDetails d = s.details();
        Optional<GuidePrice> guide = guides.current(d.speciality(), d.unit());
        Optional<GuidePrice> above = guides.aboveGuide(s, today);
        return new ServiceAnswer(
                s.id(),
                s.providerId(),
                s.providerName(),
                s.status(),
                d.speciality(),
                d.unit(),
                d.titleEn(),
                d.titleCy(),
                d.descriptionEn(),
                d.descriptionCy(),
                d.cohorts(),
                d.areas().stream()
                        .map(a -> new AreaCapacity(a.areaCode(), a.capacity()))
                        .toList(),
                d.minimumOrder(),
                d.capacityPeriod(),
                d.leadTimeDays(),
                d.welshDelivery(),
                evidence(s),
                s.priceOn(today).map(p -> price(s, p)).orElse(null),
                s.prices().versions().stream().map(p -> price(s, p)).toList(),
                guide.map(GuidePrice::amount).orElse(null),
                above.isPresent(),
                d.aboveGuideReasonEn(),
                d.aboveGuideReasonCy(),
                s.publishedAt());
    }

    private static PriceAnswer price(RateCardService s, Dated<Price> p) {
        return new PriceAnswer(
                s.prices().versions().indexOf(p) + 1,
                p.value().unitPrice(),
                p.value().vat(),
                p.effectiveFrom(),
                p.value().setAt());
    }

    private List<EvidenceAnswer> evidence(RateCardService s) {
        if (s.details().evidence().isEmpty()) {
            return List.of();
        }
        UUID eoi = rateCards.approvedEoiOf(s.providerId()).orElse(null);
        Map<UUID, EvidenceFile> files = rateCards.evidenceOnOffer(s.providerId()).stream()
                .collect(Collectors.toMap(EvidenceFile::id, Function.identity()));
        return s.details().evidence().stream()
                .filter(files::containsKey)
                .map(id ->
                        new EvidenceAnswer(id, files.get(id).fileName(), "/api/eoi/" + eoi + "/evidence-files/" + id))
                .toList();
    }
}
