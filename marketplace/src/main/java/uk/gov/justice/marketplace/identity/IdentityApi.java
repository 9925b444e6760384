package uk.gov.justice.marketplace.identity;

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
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;

/** Organisations, users and invitations over JSON. Callers authenticate with a bearer token. */
@Controller("/api")
@Tag(name = "Identity")
class IdentityApi {

    private final Registration registration;
    private final OrganisationDirectory directory;
    private final UserInvitations invitations;
    private final UserManagement management;

    IdentityApi(
            Registration registration,
            OrganisationDirectory directory,
            UserInvitations invitations,
            UserManagement management) {
        this.registration = registration;
        this.directory = directory;
        this.invitations = invitations;
        this.management = management;
    }

    @Serdeable
    record RolesChange(@Nullable List<String> roles) {}

    @Serdeable
    record Me(
            UUID userId,
            String email,
            String fullName,
            UUID organisationId,
            String organisationName,
            OrganisationKind organisationKind,
            Set<Role> roles) {
        static Me of(Viewer v) {
            return new Me(
                    v.userId(),
                    v.email(),
                    v.fullName(),
                    v.organisationId(),
                    v.organisationName(),
                    v.organisationKind(),
                    v.roles());
        }
    }

    @Serdeable
    record OrganisationView(
            UUID id,
            String name,
            OrganisationKind kind,
            @Nullable @Schema(type = "string") CommissionerType commissionerType,
            @Nullable String registrationNumber) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.kind(), o.commissionerType(), o.registrationNumber());
        }
    }

    @ProblemAnswers.NeedsToken
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The user and organisation the token stands for")
    Me me(@SignedIn Viewer viewer) {
        return Me.of(viewer);
    }

    @ProblemAnswers.NoToken
    @ProblemAnswers.RefusesInput
    @Post("/registrations")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a VCSE provider organisation and its first user (its admin)")
    Me register(@Body RegisterProvider command) {
        return Me.of(registration.registerProvider(command));
    }

    @ProblemAnswers.NeedsToken
    @Get("/organisations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "All organisations (market steward only)")
    List<OrganisationView> organisations(@SignedIn Viewer viewer) {
        return directory.all(viewer).stream().map(OrganisationView::of).toList();
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @Post("/organisations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Add a lead provider, commissioner or steward organisation and invite its first admin "
                    + "(market steward only)")
    InvitationLink createOrganisation(@SignedIn Viewer viewer, @Body CreateOrganisation command) {
        return directory.create(viewer, command);
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/organisations/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One organisation (its own users, or the steward)")
    OrganisationView organisation(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return OrganisationView.of(directory.get(viewer, id));
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/organisations/{id}/users")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The organisation's users (its admins only)")
    List<Member> members(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return directory.members(viewer, id);
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/organisations/{id}/users/{userId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One of the organisation's users (its admins only)")
    Member member(@SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID userId) {
        return management.member(viewer, id, userId);
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Put("/organisations/{id}/users/{userId}/roles")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary =
                    "Replace a user's roles (its organisation's admins only; the organisation keeps an active "
                            + "admin, and the steward's organisation an active steward); their sessions get the new roles at once")
    Member changeRoles(
            @SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID userId, @Body RolesChange change) {
        return management.changeRoles(viewer, id, userId, change.roles());
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post("/organisations/{id}/users/{userId}/deactivation")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary = "Deactivate a user (its organisation's admins only, not themselves): they are signed out "
                    + "and their API tokens stop working")
    Member deactivate(@SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID userId) {
        return management.deactivate(viewer, id, userId);
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post("/organisations/{id}/users/{userId}/reactivation")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary = "Undo a deactivation (its organisation's admins only); the user signs in again with their "
                    + "own password")
    Member reactivate(@SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID userId) {
        return management.reactivate(viewer, id, userId);
    }

    @ProblemAnswers.NeedsToken
    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post("/organisations/{id}/invitations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Invite a person to join the organisation (its admins only); answers the link to send")
    InvitationLink invite(@SignedIn Viewer viewer, @PathVariable UUID id, @Body InviteUser command) {
        return invitations.invite(viewer, id, command);
    }
}
