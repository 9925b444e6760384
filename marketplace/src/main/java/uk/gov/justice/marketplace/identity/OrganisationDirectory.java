package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.UniqueViolation;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/** Organisations and their members: what the steward and organisation admins look after. */
@Singleton
public class OrganisationDirectory {

    private final Organisations organisations;
    private final UserAccounts users;
    private final UserInvitations invitations;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationDirectory(
            Organisations organisations,
            UserAccounts users,
            UserInvitations invitations,
            AuditTrail audit,
            Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public List<Organisation> all(Viewer steward) {
        AccessPolicy.requireSteward(steward);
        return organisations.findAllOrderByName();
    }

    @ReadOnly
    public Organisation get(Viewer viewer, UUID id) {
        if (!viewer.isSteward()) {
            AccessPolicy.requireActsFor(viewer, id);
        }
        return organisations.findById(id).orElseThrow(() -> new NotFound("organisation", "error.organisation.unknown"));
    }

    @ReadOnly
    public List<Member> members(Viewer admin, UUID organisationId) {
        AccessPolicy.requireCanManageUsers(admin, organisationId);
        return users.findByOrganisationIdOrderByFullName(organisationId).stream()
                .map(u -> Member.of(u, clock.instant()))
                .toList();
    }

    /** The names of the organisations asked about, for features that hold only an organisation's id. */
    @ReadOnly
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    /** What each organisation asked about is, for features that must know a funder is a commissioner. */
    @ReadOnly
    public Map<UUID, OrganisationKind> kindsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findByIdIn(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::kind));
    }

    /** Every commissioner organisation by name, for choosing the other funders of a co-commissioned service. */
    @ReadOnly
    public Map<UUID, String> commissioners() {
        Map<UUID, String> names = new LinkedHashMap<>();
        organisations.findByKind(OrganisationKind.COMMISSIONER).stream()
                .sorted(Comparator.comparing(Organisation::name))
                .forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /** Where to send news for an organisation: every one of its active users. */
    @ReadOnly
    public List<String> emailsOf(UUID organisationId) {
        return users.findByOrganisationIdOrderByFullName(organisationId).stream()
                .filter(UserAccount::isActive)
                .map(UserAccount::email)
                .toList();
    }

    /** Returns the first admin's invitation link, for the steward to send. */
    @Transactional
    public InvitationLink create(Viewer steward, CreateOrganisation command) {
        AccessPolicy.requireSteward(steward);
        Validation validation = new Validation();
        String name = validation.text("name", command.name(), Registration.MAX_NAME);
        OrganisationKind kind = validation.check(() -> kindOf(command.kind()));
        CommissionerType type =
                kind == null ? null : validation.check(() -> commissionerTypeOf(kind, command.commissionerType()));
        if (!name.isEmpty() && organisations.nameTaken(name)) {
            validation.refuse("name", "error.organisationName.taken");
        }
        EmailAddress adminEmail = validation.check(() -> EmailAddress.of("adminEmail", command.adminEmail()));
        validation.text("adminFullName", command.adminFullName(), Registration.MAX_NAME);
        if (adminEmail != null && users.findByEmail(adminEmail.value()).isPresent()) {
            validation.refuse("adminEmail", "error.email.taken");
        }
        validation.done();
        Organisation organisation = UniqueViolation.refusedAs(
                Organisations.NAME_UNIQUE,
                new InvalidInput("name", "error.organisationName.taken"),
                () -> organisations.save(
                        Organisation.create(name, kind, type, command.registrationNumber(), clock.instant())));
        audit.record(
                steward.asActor(),
                AuditEvent.of("organisation.created", "organisation", organisation.id(), organisation.summary()));
        Role adminRole = kind == OrganisationKind.MARKET_STEWARD ? Role.STEWARD : Role.MEMBER;
        return invitations.invite(
                steward.asActor(),
                steward.userId(),
                organisation,
                new InviteUser(
                        command.adminEmail(),
                        command.adminFullName(),
                        EnumSet.of(Role.ORGANISATION_ADMIN, adminRole).stream()
                                .map(Role::name)
                                .toList()));
    }

    private static OrganisationKind kindOf(String value) {
        try {
            return OrganisationKind.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "error.kind.unknown");
        }
    }

    private static CommissionerType commissionerTypeOf(OrganisationKind kind, String value) {
        if (kind != OrganisationKind.COMMISSIONER) {
            if (value != null && !value.isBlank()) {
                throw new InvalidInput("commissionerType", "error.commissionerType.notCommissioner");
            }
            return null;
        }
        try {
            return CommissionerType.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("commissionerType", "error.commissionerType.unknown");
        }
    }
}
