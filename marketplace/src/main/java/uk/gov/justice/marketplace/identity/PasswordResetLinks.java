package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.Actor;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.PasswordResets;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;
import uk.gov.justice.marketplace.notification.EmailOutbox;

/**
 * "Forgotten your password?": a one-use link, valid for a short while, emailed (through the outbox, in the same
 * transaction) to the account's own address. The person asking is told the same whether or not the address has an
 * account. Choosing a new password through the link lifts the account's lockout and ends every session.
 */
@Singleton
public class PasswordResetLinks {

    private static final String TOKEN_PREFIX = "pwr_";

    private final PasswordResets resets;
    private final UserAccounts users;
    private final Organisations organisations;
    private final PasswordHasher hasher;
    private final PasswordResetSettings settings;
    private final InvitationSettings links;
    private final AuditTrail audit;
    private final EmailOutbox outbox;
    private final Texts texts;
    private final Clock clock;

    PasswordResetLinks(
            PasswordResets resets,
            UserAccounts users,
            Organisations organisations,
            PasswordHasher hasher,
            PasswordResetSettings settings,
            InvitationSettings links,
            AuditTrail audit,
            EmailOutbox outbox,
            Texts texts,
            Clock clock) {
        this.resets = resets;
        this.users = users;
        this.organisations = organisations;
        this.hasher = hasher;
        this.settings = settings;
        this.links = links;
        this.audit = audit;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** Refuses only an address that cannot be one; otherwise answers nothing, whatever happened. */
    @Transactional
    public void request(String email) {
        Validation validation = new Validation();
        EmailAddress address = validation.check(() -> new EmailAddress(email));
        validation.done();
        Instant now = clock.instant();
        users.findByEmailForUpdate(address.value())
                .filter(UserAccount::isActive)
                .filter(u -> resets.countRequestedSince(u.id(), now.minus(Duration.ofHours(1))) < settings.maxPerHour())
                .ifPresent(user -> send(user, now));
    }

    private void send(UserAccount user, Instant now) {
        SecretToken token = SecretToken.generate(TOKEN_PREFIX);
        PasswordReset reset = resets.save(new PasswordReset(
                UUID.randomUUID(), user.id(), token.hash(), now, now.plus(settings.validFor()), null));
        audit.record(
                Actor.system(),
                AuditEvent.of(
                                "user.password-reset-requested",
                                "user",
                                user.id(),
                                "link emailed to " + user.email() + ", valid until " + reset.expiresAt())
                        .because("asked for on the forgotten password page"));
        outbox.queue(PasswordResetEmail.compose(
                texts,
                user.email(),
                user.fullName(),
                links.publicUrl() + "/password-reset/" + token.value(),
                reset.expiresAt()));
    }

    /** The address whose password the link resets, if the link still works. */
    @ReadOnly
    public String describe(String token) {
        PasswordReset reset =
                open(resets.findByTokenHash(SecretToken.hashOf(token)).orElse(null));
        return active(users.findById(reset.userId())).email();
    }

    @Transactional
    public void complete(String token, String password, String confirmation) {
        PasswordReset reset =
                open(resets.findByTokenHashForUpdate(SecretToken.hashOf(token)).orElse(null));
        UserAccount user = active(users.findByIdForUpdate(reset.userId()));
        Validation validation = new Validation();
        NewPassword chosen = validation.check(() -> NewPassword.confirmed(password, confirmation));
        validation.done();
        Instant now = clock.instant();
        users.update(user.withPassword(hasher.hash(chosen.value())));
        resets.closeAll(user.id(), now);
        Organisation organisation =
                organisations.findById(user.organisationId()).orElseThrow();
        audit.record(
                Viewer.of(user, organisation).asActor(),
                AuditEvent.of(
                        "user.password-reset-completed",
                        "user",
                        user.id(),
                        user.email() + ": new password through the emailed link; lockout lifted, sessions "
                                + "signed out"));
    }

    private PasswordReset open(PasswordReset reset) {
        if (reset == null || !reset.isOpenAt(clock.instant())) {
            throw new NotFound("token", "error.passwordReset.invalid");
        }
        return reset;
    }

    /** A link of a since-deactivated account is as dead as an unknown one. */
    private static UserAccount active(Optional<UserAccount> user) {
        return user.filter(UserAccount::isActive)
                .orElseThrow(() -> new NotFound("token", "error.passwordReset.invalid"));
    }
}
