package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/**
 * An organisation admin changes a colleague's roles, deactivates them or undoes that. The organisation's row is locked while
 * its members change, so two admins cannot each remove the other and leave nobody in charge. The colleague's
 * portal sessions follow at once (see {@link SignedInUsers}); deactivation revokes their API tokens, so a
 * reactivated person starts with new ones.
 */
@Singleton
public class UserManagement {

    private final Organisations organisations;
    private final UserAccounts users;
    private final Repositories.ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    UserManagement(
            Organisations organisations,
            UserAccounts users,
            Repositories.ApiTokens tokens,
            AuditTrail audit,
            Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public Member member(Viewer admin, UUID organisationId, UUID userId) {
        AccessPolicy.requireCanManageUsers(admin, organisationId);
        return Member.of(colleague(organisationId, userId), clock.instant());
    }

    @Transactional
    public Member changeRoles(Viewer admin, UUID organisationId, UUID userId, List<String> roleNames) {
        AccessPolicy.requireCanManageUsers(admin, organisationId);
        Organisation organisation = locked(organisationId);
        UserAccount user = colleague(organisationId, userId);
        Validation validation = new Validation();
        if (!user.isActive()) {
            validation.refuse("roles", "error.user.deactivated");
        }
        Set<Role> roles = validation.check(() -> Role.parse(roleNames));
        validation.done();
        AccessPolicy.requireGrantable(roles, organisation.kind());
        if (roles.equals(user.roleSet())) {
            return Member.of(user, clock.instant());
        }
        UserAccount changed = user.withRoles(roles);
        validation.check(() ->
                MembershipPolicy.requireStillRun(organisation.kind(), activeAfter(organisationId, changed), "roles"));
        validation.done();
        UserAccount saved = users.update(changed);
        audit.record(
                admin.asActor(),
                AuditEvent.of("user.roles-changed", "user", user.id(), user.email() + " as " + saved.rolesSummary())
                        .was(user.email() + " as " + user.rolesSummary()));
        return Member.of(saved, clock.instant());
    }

    @Transactional
    public Member deactivate(Viewer admin, UUID organisationId, UUID userId) {
        AccessPolicy.requireCanManageUsers(admin, organisationId);
        Organisation organisation = locked(organisationId);
        UserAccount user = colleague(organisationId, userId);
        Instant now = clock.instant();
        if (!user.isActive()) {
            return Member.of(user, now);
        }
        UserAccount changed = user.deactivatedAt(now);
        Validation validation = new Validation();
        validation.check(() -> MembershipPolicy.requireNotSelf(admin, userId));
        validation.check(() ->
                MembershipPolicy.requireStillRun(organisation.kind(), activeAfter(organisationId, changed), "user"));
        validation.done();
        UserAccount saved = users.update(changed);
        tokens.revokeAllOf(user.id(), now);
        audit.record(
                admin.asActor(),
                AuditEvent.of("user.deactivated", "user", user.id(), user.email() + " deactivated; API tokens revoked")
                        .was(user.email() + " active as " + user.rolesSummary()));
        return Member.of(saved, now);
    }

    /** Undoes a deactivation made by mistake; the person signs in again with their own password. */
    @Transactional
    public Member reactivate(Viewer admin, UUID organisationId, UUID userId) {
        AccessPolicy.requireCanManageUsers(admin, organisationId);
        locked(organisationId);
        UserAccount user = colleague(organisationId, userId);
        if (user.isActive()) {
            return Member.of(user, clock.instant());
        }
        UserAccount saved = users.update(user.reactivated());
        audit.record(
                admin.asActor(),
                AuditEvent.of("user.reactivated", "user", user.id(), user.email() + " active as " + user.rolesSummary())
                        .was(user.email() + " deactivated"));
        return Member.of(saved, clock.instant());
    }

    private Organisation locked(UUID organisationId) {
        return organisations
                .findByIdForUpdate(organisationId)
                .orElseThrow(() -> new NotFound("organisation", "error.organisation.unknown"));
    }

    /** Someone in the admin's own organisation; anyone else is unknown, whether or not they exist. */
    private UserAccount colleague(UUID organisationId, UUID userId) {
        return users.findById(userId)
                .filter(u -> u.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFound("user", "error.user.unknown"));
    }

    private List<UserAccount> activeAfter(UUID organisationId, UserAccount changed) {
        return Stream.concat(
                        users.findByOrganisationIdOrderByFullName(organisationId).stream()
                                .filter(u -> !u.id().equals(changed.id())),
                        Stream.of(changed))
                .filter(UserAccount::isActive)
                .toList();
    }
}
