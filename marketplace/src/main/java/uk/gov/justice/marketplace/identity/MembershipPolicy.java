package uk.gov.justice.marketplace.identity;

import java.util.Collection;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * What an organisation must keep while its admins change its members: someone who can manage it (an active
 * admin) and, for the steward's organisation, an active steward, or nobody could put things right. And nobody
 * deactivates their own account: another admin does, so it cannot happen by a slip.
 */
final class MembershipPolicy {

    private MembershipPolicy() {}

    /**
     * {@code activeAfter}: the organisation's active users as they would be after the change. Answers true so it
     * can be checked alongside other answers ({@code Validation.check}).
     */
    static boolean requireStillRun(OrganisationKind kind, Collection<UserAccount> activeAfter, String field) {
        if (activeAfter.stream().noneMatch(u -> u.roleSet().contains(Role.ORGANISATION_ADMIN))) {
            throw new InvalidInput(field, "error.user.lastAdmin");
        }
        if (kind == OrganisationKind.MARKET_STEWARD
                && activeAfter.stream().noneMatch(u -> u.roleSet().contains(Role.STEWARD))) {
            throw new InvalidInput(field, "error.user.lastSteward");
        }
        return true;
    }

    static boolean requireNotSelf(Viewer admin, UUID userId) {
        if (admin.userId().equals(userId)) {
            throw new InvalidInput("user", "error.user.deactivateSelf");
        }
        return true;
    }
}
