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
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.gov.justice.marketplace.identity.Viewer;

import java.util.List;
import java.util.UUID;

/** Shortlists over JSON: an organisation's named lists of register providers. */
@Controller("/api/shortlists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Shortlists")
class ShortlistApi {

    private final Shortlists shortlists;

    ShortlistApi(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @Serdeable
    record NewShortlist(String name) {
    }

    @Serdeable
    record Created(UUID id) {
    }

    @Serdeable
    record AddProvider(UUID providerId) {
    }

    @Get
    @Operation(summary = "Your organisation's shortlists with their providers (lead providers and commissioners)")
    List<Shortlist> mine(Viewer viewer) {
        return shortlists.mine(viewer);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Start a shortlist, named for the bid or commission it is for")
    Created create(Viewer viewer, @Body NewShortlist request) {
        return new Created(shortlists.create(viewer, request.name()));
    }

    @Post("/{id}/providers")
    @Operation(summary = "Add a provider from the register (its organisation id, as search returns it)")
    HttpResponse<?> add(Viewer viewer, @PathVariable UUID id, @Body AddProvider request) {
        shortlists.add(viewer, id, request.providerId());
        return HttpResponse.noContent();
    }

    @Delete("/{id}/providers/{providerId}")
    @Operation(summary = "Take a provider off the shortlist")
    HttpResponse<?> remove(Viewer viewer, @PathVariable UUID id, @PathVariable UUID providerId) {
        shortlists.remove(viewer, id, providerId);
        return HttpResponse.noContent();
    }
}
