package uk.gov.justice.marketplace.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do for its organisation. STEWARD belongs to the market steward's organisation alone: no other
 * organisation's admin can grant it, which keeps stewardship separate from the market it oversees.
 */
public enum Role {
    ORGANISATION_ADMIN,
    MEMBER,
    AUTHORISED_SIGNATORY,
    EVALUATOR,
    STEWARD;

    public static Set<Role> grantableIn(OrganisationKind kind) {
        return switch (kind) {
            case MARKET_STEWARD -> EnumSet.of(ORGANISATION_ADMIN, MEMBER, STEWARD, EVALUATOR);
            case COMMISSIONER -> EnumSet.of(ORGANISATION_ADMIN, MEMBER, AUTHORISED_SIGNATORY, EVALUATOR);
            case VCSE_PROVIDER, LEAD_PROVIDER -> EnumSet.of(ORGANISATION_ADMIN, MEMBER, AUTHORISED_SIGNATORY);
        };
    }
}
