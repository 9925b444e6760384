package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.Validation;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/**
 * A signed-in person chooses a new password, confirming the current one: a session left open on a shared computer
 * is not enough to take the account. A wrong current password counts as a failed sign-in (and is kept when the
 * change is refused), so a borrowed session guesses no faster than the sign-in page. Every other session ends.
 */
@Singleton
public class PasswordChange {

    private final UserAccounts users;
    private final Organisations organisations;
    private final SignIn signIn;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordChange(
            UserAccounts users,
            Organisations organisations,
            SignIn signIn,
            PasswordHasher hasher,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.signIn = signIn;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers the viewer to sign the current session in again, under the account's new sign-in generation. */
    @Transactional(noRollbackFor = InvalidInputs.class)
    public Viewer change(Viewer viewer, ChangePassword command, String clientAddress) {
        UserAccount user = users.findByIdForUpdate(viewer.userId())
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new NotFound("user", "error.user.unknown"));
        Validation validation = new Validation();
        String current = command.currentPassword() == null ? "" : command.currentPassword();
        if (current.isEmpty()) {
            validation.refuse("currentPassword", "error.currentPassword.missing");
        }
        Instant now = clock.instant();
        if (!current.isEmpty() && !signIn.checkPassword(user, current, SignInSource.of(clientAddress), now)) {
            validation.refuse("currentPassword", "error.currentPassword.wrong");
        }
        NewPassword chosen =
                validation.check(() -> NewPassword.confirmed(command.password(), command.confirmPassword()));
        validation.done();
        UserAccount changed = users.update(user.withPassword(hasher.hash(chosen.value())));
        audit.record(
                viewer.asActor(),
                AuditEvent.of(
                        "user.password-changed",
                        "user",
                        user.id(),
                        user.email() + ": new password; other sessions signed out"));
        return Viewer.of(changed, organisations.findById(user.organisationId()).orElseThrow());
    }
}
