package uk.gov.justice.marketplace.identity;

import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Forbidden;

/**
 * Who may act for whom. A user acts only for its own organisation; managing its users needs the admin role;
 * roles granted must be ones that organisation kind can hold (so nobody outside the steward's team becomes one).
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static void requireActsFor(Viewer viewer, UUID organisationId) {
        if (!viewer.organisationId().equals(organisationId)) {
            throw new Forbidden("You can only act for your own organisation");
        }
    }

    public static void requireSteward(Viewer viewer) {
        if (!viewer.isSteward()) {
            throw new Forbidden("Only the market steward can do this");
        }
    }

    static void requireCanManageUsers(Viewer viewer, UUID organisationId) {
        requireActsFor(viewer, organisationId);
        if (!viewer.has(Role.ORGANISATION_ADMIN)) {
            throw new Forbidden("Only an organisation admin can manage its users");
        }
    }

    static void requireGrantable(Set<Role> roles, OrganisationKind kind) {
        if (roles.isEmpty()) {
            throw new uk.gov.justice.marketplace.common.InvalidInput("roles", "error.roles.missing");
        }
        if (!Role.grantableIn(kind).containsAll(roles)) {
            throw new Forbidden("Those roles cannot be held in this kind of organisation");
        }
    }
}
