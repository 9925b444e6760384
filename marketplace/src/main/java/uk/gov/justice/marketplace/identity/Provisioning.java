package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/**
 * Accounts made by the service itself from configuration (the first steward, the demo market), audited as the
 * system. Idempotent: a second start-up with the same settings finds what the first made. It never touches a
 * person of another organisation who happens to have the configured email.
 */
@Singleton
public class Provisioning {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);
    /** Told apart from a registered organisation that took the steward organisation's name first. */
    static final String STEWARD_NAME_SUFFIX = " (market steward)";

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    Provisioning(
            Organisations organisations, UserAccounts users, PasswordHasher hasher, AuditTrail audit, Clock clock) {
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
                .orElseGet(() -> create(name, kind, type));
    }

    /**
     * The market steward's organisation of this name, made if missing. An organisation of another kind that holds
     * the name (registered before the steward was configured) is left alone and the steward's gets a longer name.
     */
    @Transactional
    public Organisation stewardOrganisation(String name) {
        List<Organisation> all = organisations.findAllOrderByName();
        for (String candidate : List.of(name, name + STEWARD_NAME_SUFFIX)) {
            Optional<Organisation> holder = all.stream()
                    .filter(o -> o.name().equalsIgnoreCase(candidate))
                    .findFirst();
            if (holder.isEmpty()) {
                return create(candidate, OrganisationKind.MARKET_STEWARD, null);
            }
            if (holder.get().kind() == OrganisationKind.MARKET_STEWARD) {
                return holder.get();
            }
        }
        throw new IllegalStateException("Both names for the steward's organisation are held by other organisations");
    }

    /** Creates the user, or sets its password when it exists, so printed demo credentials always work. */
    @Transactional
    public void user(Organisation organisation, String email, String fullName, Set<Role> roles, String password) {
        String hash = hasher.hash(new NewPassword(password).value());
        provision(organisation, email, fullName, roles, hash)
                .ifPresent(existing -> users.update(existing.withPassword(hash)));
    }

    /**
     * Creates the user if nobody has the email; an existing account keeps its password (its owner may have changed
     * it since) and its roles.
     */
    @Transactional
    public void firstUser(Organisation organisation, String email, String fullName, Set<Role> roles, String password) {
        provision(organisation, email, fullName, roles, hasher.hash(new NewPassword(password).value()));
    }

    /** The viewer a provisioned user is, for start-up work done in their name (the demo market's reviews). */
    @ReadOnly
    public Viewer viewerOf(String email) {
        UserAccount user = users.findByEmail(email).orElseThrow();
        return Viewer.of(user, organisations.findById(user.organisationId()).orElseThrow());
    }

    /** Creates the user if the email is free; answers the existing user only if it is in this organisation. */
    private Optional<UserAccount> provision(
            Organisation organisation, String email, String fullName, Set<Role> roles, String hash) {
        EmailAddress address = new EmailAddress(email);
        AccessPolicy.requireGrantable(roles, organisation.kind());
        Optional<UserAccount> existing = users.findByEmail(address.value());
        if (existing.isEmpty()) {
            UserAccount user =
                    users.save(UserAccount.create(organisation.id(), address, fullName, hash, roles, clock.instant()));
            audit.record(
                    Actor.system(),
                    AuditEvent.of(
                                    "user.provisioned",
                                    "user",
                                    user.id(),
                                    user.email() + " in " + organisation.name() + " as " + user.rolesSummary())
                            .because("configured at start-up"));
            return Optional.empty();
        }
        if (!existing.get().organisationId().equals(organisation.id())) {
            LOG.warn("A configured account's email already belongs to a user of another organisation: that user "
                    + "was left as it is and the configured account was not made");
            return Optional.empty();
        }
        return existing;
    }

    private Organisation create(String name, OrganisationKind kind, CommissionerType type) {
        Organisation created = organisations.save(Organisation.create(name, kind, type, null, clock.instant()));
        audit.record(
                Actor.system(),
                AuditEvent.of("organisation.provisioned", "organisation", created.id(), created.summary())
                        .because("configured at start-up"));
        return created;
    }
}
