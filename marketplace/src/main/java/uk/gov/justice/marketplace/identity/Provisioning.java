package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

import java.time.Clock;
import java.util.Set;

/**
 * Accounts made by the service itself from configuration (the first steward, the demo market), audited as the
 * system. Idempotent: a second start-up with the same settings finds what the first made.
 */
@Singleton
public class Provisioning {

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    Provisioning(Organisations organisations, UserAccounts users, PasswordHasher hasher, AuditTrail audit,
                 Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation organisation(String name, OrganisationKind kind, CommissionerType type) {
        return organisations.findAllOrderByName().stream()
                .filter(o -> o.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseGet(() -> {
                    Organisation created = organisations.save(Organisation.create(name, kind, type, null,
                            clock.instant()));
                    audit.record(Actor.system(), AuditEvent.of("organisation.provisioned", "organisation",
                            created.id(), created.summary()).because("configured at start-up"));
                    return created;
                });
    }

    /** Creates the user, or sets its password when it exists, so printed demo credentials always work. */
    @Transactional
    public void user(Organisation organisation, String email, String fullName, Set<Role> roles, String password) {
        EmailAddress address = new EmailAddress(email);
        AccessPolicy.requireGrantable(roles, organisation.kind());
        String hash = hasher.hash(new NewPassword(password).value());
        users.findByEmail(address.value()).ifPresentOrElse(
                existing -> users.update(new UserAccount(existing.id(), existing.organisationId(), existing.email(),
                        existing.fullName(), hash, existing.roles(), 0, null, existing.createdAt(),
                        existing.version())),
                () -> {
                    UserAccount user = users.save(UserAccount.create(organisation.id(), address, fullName, hash,
                            roles, clock.instant()));
                    audit.record(Actor.system(), AuditEvent.of("user.provisioned", "user", user.id(),
                            user.email() + " in " + organisation.name() + " as " + user.rolesSummary())
                            .because("configured at start-up"));
                });
    }
}
