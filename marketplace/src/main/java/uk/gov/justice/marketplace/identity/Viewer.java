package uk.gov.justice.marketplace.identity;

import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.Actor;

/** The signed-in user as every feature sees it: who, for which organisation, with which roles. */
public record Viewer(
        UUID userId,
        String email,
        String fullName,
        UUID organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        Set<Role> roles) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    static Viewer of(UserAccount user, Organisation organisation) {
        return new Viewer(
                user.id(),
                user.email(),
                user.fullName(),
                organisation.id(),
                organisation.name(),
                organisation.kind(),
                user.roleSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSteward() {
        return organisationKind == OrganisationKind.MARKET_STEWARD && has(Role.STEWARD);
    }

    public Actor asActor() {
        return new Actor(userId, email, organisationId, organisationName);
    }
}
