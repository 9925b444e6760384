package uk.gov.justice.marketplace.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * What a user may do for its organisation. STEWARD belongs to the market steward's organisation alone: no other
 * organisation's admin can grant it, which keeps stewardship separate from the market it oversees.
 */
public enum Role {
    ORGANISATION_ADMIN,
    MEMBER,
    AUTHORISED_SIGNATORY,
    EVALUATOR,
    STEWARD,
    /** Gives the second approval an order above the approval threshold needs (issue 13). */
    APPROVER;

    public static Set<Role> grantableIn(OrganisationKind kind) {
        return switch (kind) {
            case MARKET_STEWARD -> EnumSet.of(ORGANISATION_ADMIN, MEMBER, STEWARD, EVALUATOR);
            case COMMISSIONER -> EnumSet.of(ORGANISATION_ADMIN, MEMBER, AUTHORISED_SIGNATORY, EVALUATOR, APPROVER);
            case VCSE_PROVIDER, LEAD_PROVIDER -> EnumSet.of(ORGANISATION_ADMIN, MEMBER, AUTHORISED_SIGNATORY);
        };
    }

    /** The roles a form or request names; at least one, each one we know. */
    static Set<Role> parse(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInput("roles", "error.roles.missing");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            if (name == null) {
                throw new InvalidInput("roles", "error.roles.unknown");
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("roles", "error.roles.unknown");
            }
        }
        return roles;
    }
}
