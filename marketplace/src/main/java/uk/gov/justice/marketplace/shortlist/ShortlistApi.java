package uk.gov.justice.marketplace.shortlist;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** Shortlists over JSON: an organisation's named lists of register providers. */
@ProblemAnswers.NeedsToken
@Controller("/api/shortlists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Shortlists")
class ShortlistApi {

    private final Shortlists shortlists;

    ShortlistApi(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @Serdeable
    record NewShortlist(@Schema(maxLength = Shortlists.MAX_NAME) String name) {}

    @Serdeable
    record Created(UUID id) {}

    @Serdeable
    record AddProvider(UUID providerId) {}

    /** A shortlist as the API shows it, its own record so that what is stored can change without the API changing. */
    @Serdeable
    record ShortlistBody(UUID id, String name, String createdBy, Instant createdAt, List<ProviderBody> providers) {
        static ShortlistBody of(Shortlist list) {
            return new ShortlistBody(
                    list.id(),
                    list.name(),
                    list.createdBy(),
                    list.createdAt(),
                    list.providers().stream()
                            .map(e -> new ProviderBody(e.providerId(), e.name(), e.addedBy(), e.addedAt()))
                            .toList());
        }
    }

    @Serdeable
    record ProviderBody(UUID providerId, String name, String addedBy, Instant addedAt) {}

    @Get
    @Operation(summary = "Your organisation's shortlists with their providers (lead providers and commissioners)")
    List<ShortlistBody> mine(@SignedIn Viewer viewer) {
        return shortlists.mine(viewer).stream().map(ShortlistBody::of).toList();
    }

    @ProblemAnswers.RefusesInput
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a shortlist, named for the bid or commission it is for")
    Created create(@SignedIn Viewer viewer, @Body NewShortlist request) {
        return new Created(shortlists.create(viewer, request.name()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post("/{id}/providers")
    @Operation(summary = "Add a provider from the register (its organisation id, as search returns it)")
    @ApiResponse(responseCode = "204", description = "On the shortlist (also when it already was)")
    HttpResponse<?> add(@SignedIn Viewer viewer, @PathVariable UUID id, @Body AddProvider request) {
        shortlists.add(viewer, id, request.providerId());
        return HttpResponse.noContent();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Delete("/{id}/providers/{providerId}")
    @Operation(summary = "Take a provider off the shortlist")
    @ApiResponse(responseCode = "204", description = "Off the shortlist (also when it was not on it)")
    HttpResponse<?> remove(@SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID providerId) {
        shortlists.remove(viewer, id, providerId);
        return HttpResponse.noContent();
    }
}
