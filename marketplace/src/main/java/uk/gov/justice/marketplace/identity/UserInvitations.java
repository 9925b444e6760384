package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.UniqueViolation;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Invitations;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;
import uk.gov.justice.marketplace.notification.EmailOutbox;

/** An organisation admin invites people; the invited person accepts by choosing a password. */
@Singleton
public class UserInvitations {

    private static final String TOKEN_PREFIX = "inv_";

    private final Invitations invitations;
    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final InvitationSettings settings;
    private final AuditTrail audit;
    private final EmailOutbox outbox;
    private final Texts texts;
    private final Clock clock;

    UserInvitations(
            Invitations invitations,
            Organisations organisations,
            UserAccounts users,
            PasswordHasher hasher,
            InvitationSettings settings,
            AuditTrail audit,
            EmailOutbox outbox,
            Texts texts,
            Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.users = users;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional
    public InvitationLink invite(Viewer admin, UUID organisationId, InviteUser command) {
        AccessPolicy.requireCanManageUsers(admin, organisationId);
        Organisation organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFound("organisation", "error.organisation.unknown"));
        return invite(admin.asActor(), admin.userId(), organisation, command);
    }

    /** Also used when the steward creates an organisation and invites its first admin. */
    InvitationLink invite(Actor actor, UUID invitedBy, Organisation organisation, InviteUser command) {
        Validation validation = new Validation();
        EmailAddress email = validation.check(() -> new EmailAddress(command.email()));
        String fullName = validation.text("fullName", command.fullName(), Registration.MAX_NAME);
        Set<Role> roles = validation.check(() -> Role.parse(command.roles()));
        if (email != null && users.findByEmail(email.value()).isPresent()) {
            validation.refuse("email", "error.email.taken");
        }
        validation.done();
        AccessPolicy.requireGrantable(roles, organisation.kind());

        Instant now = clock.instant();
        SecretToken token = SecretToken.generate(TOKEN_PREFIX);
        Invitation invitation = invitations.save(new Invitation(
                UUID.randomUUID(),
                organisation.id(),
                email.value(),
                fullName,
                roles.stream().map(Role::name).sorted().toArray(String[]::new),
                token.hash(),
                invitedBy,
                now,
                now.plus(settings.validFor()),
                null));
        audit.record(
                actor,
                AuditEvent.of(
                        "user.invited",
                        "invitation",
                        invitation.id(),
                        email.value() + " to " + organisation.name() + " as " + String.join(", ", invitation.roles())));
        String link = settings.publicUrl() + "/invitations/" + token.value();
        outbox.queue(InvitationEmail.compose(
                texts, email.value(), fullName, organisation.name(), link, invitation.expiresAt()));
        return new InvitationLink(email.value(), link, invitation.expiresAt());
    }

    @ReadOnly
    public PendingInvitation describe(String token) {
        Invitation invitation =
                open(invitations.findByTokenHash(SecretToken.hashOf(token)).orElse(null));
        Organisation organisation =
                organisations.findById(invitation.organisationId()).orElseThrow();
        return new PendingInvitation(organisation.name(), invitation.email(), invitation.fullName());
    }

    @Transactional
    public Viewer accept(String token, AcceptInvitation command) {
        Invitation invitation = open(
                invitations.findByTokenHashForUpdate(SecretToken.hashOf(token)).orElse(null));
        Validation validation = new Validation();
        String fullName = validation.text("fullName", command.fullName(), Registration.MAX_NAME);
        NewPassword password =
                validation.check(() -> NewPassword.confirmed(command.password(), command.confirmPassword()));
        if (users.findByEmail(invitation.email()).isPresent()) {
            validation.refuse("email", "error.email.taken");
        }
        validation.done();

        Instant now = clock.instant();
        invitations.update(invitation.acceptedAt(now));
        Organisation organisation =
                organisations.findById(invitation.organisationId()).orElseThrow();
        String hash = hasher.hash(password.value());
        UserAccount user = UniqueViolation.refusedAs(
                UserAccounts.EMAIL_UNIQUE,
                new InvalidInput("email", "error.email.taken"),
                () -> users.save(UserAccount.create(
                        organisation.id(),
                        new EmailAddress(invitation.email()),
                        fullName,
                        hash,
                        invitation.roleSet(),
                        now)));
        Viewer viewer = Viewer.of(user, organisation);
        audit.record(
                viewer.asActor(),
                AuditEvent.of(
                        "invitation.accepted",
                        "user",
                        user.id(),
                        user.email() + " joined " + organisation.name() + " as " + user.rolesSummary()));
        return viewer;
    }

    private Invitation open(Invitation invitation) {
        if (invitation == null || !invitation.isOpenAt(clock.instant())) {
            throw new NotFound("token", "error.invitation.invalid");
        }
        return invitation;
    }
}
