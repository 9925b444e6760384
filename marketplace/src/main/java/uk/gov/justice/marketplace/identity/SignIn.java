package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.SignInThrottles;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/**
 * Checks a password and throttles guessing twice over: by source (too many failures from one address, whatever
 * the accounts, refuse that address) and by account (too many from addresses the person never signed in from lock
 * the account against such addresses only, so nobody can shut a person out where they usually sign in). Every
 * refusal, whatever its reason, costs one Argon2 comparison and reads the same, so neither time nor words tell an
 * unknown email, a wrong password, a locked account or a deactivated one apart. Failures are counted under row
 * locks, so two tabs cannot both get a free try.
 */
@Singleton
public class SignIn {

    private final UserAccounts users;
    private final Organisations organisations;
    private final SignInThrottles throttles;
    private final PasswordHasher hasher;
    private final SignInSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SignIn(
            UserAccounts users,
            Organisations organisations,
            SignInThrottles throttles,
            PasswordHasher hasher,
            SignInSettings settings,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.throttles = throttles;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code clientAddress}: where the attempt comes from, as the connection (or a trusted proxy) gives it. */
    @Transactional
    public SignInOutcome attempt(String email, String password, String clientAddress) {
        String typed = password == null ? "" : password;
        SignInSource source = SignInSource.of(clientAddress);
        Instant now = clock.instant();
        if (refusedFrom(source, typed, now)) {
            return new SignInOutcome.Refused();
        }
        Optional<UserAccount> found = email == null ? Optional.empty() : users.findByEmailForUpdate(email.trim());
        if (found.isEmpty()) {
            hasher.spendTimeOnUnknownUser(typed);
            failedFrom(source, now);
            return new SignInOutcome.Refused();
        }
        UserAccount user = found.get();
        if (!passwordAccepted(user, typed, source, now) || !user.isActive()) {
            return new SignInOutcome.Refused();
        }
        UserAccount signedIn = users.update(user.afterSuccessfulSignIn());
        throttles.signedIn(user.id(), source.value(), now);
        return new SignInOutcome.SignedIn(Viewer.of(signedIn, organisation(user)));
    }

    /**
     * Whether the person may be let in with this password from this source, counting a failure if not. Also asked
     * when a signed-in person confirms their current password, so a borrowed session guesses no faster.
     */
    boolean checkPassword(UserAccount lockedRow, String typed, SignInSource source, Instant now) {
        return !refusedFrom(source, typed, now) && passwordAccepted(lockedRow, typed, source, now);
    }

    /** A source that failed too often is refused at the cost of one hash, so the refusal takes as long as any. */
    private boolean refusedFrom(SignInSource source, String typed, Instant now) {
        if (throttles.findById(source.value()).filter(t -> t.isLockedAt(now)).isPresent()) {
            hasher.spendTimeOnUnknownUser(typed);
            return true;
        }
        return false;
    }

    private boolean passwordAccepted(UserAccount lockedRow, String typed, SignInSource source, Instant now) {
        boolean matches = hasher.matches(typed, lockedRow.passwordHash());
        boolean familiar = throttles.familiar(lockedRow.id(), source.value());
        if (!familiar && lockedRow.isLockedAt(now)) {
            failedFrom(source, now);
            return false;
        }
        if (matches) {
            return true;
        }
        failedFrom(source, now);
        if (!familiar) {
            countAgainstAccount(lockedRow, now);
        }
        return false;
    }

    private void countAgainstAccount(UserAccount user, Instant now) {
        UserAccount counted = users.update(user.afterFailedSignIn(now, settings));
        if (counted.isLockedAt(now)) {
            audit.record(
                    Viewer.of(user, organisation(user)).asActor(),
                    AuditEvent.of(
                                    "user.locked-out",
                                    "user",
                                    user.id(),
                                    "locked against unfamiliar sources until " + counted.lockedUntil())
                            .because(settings.maxFailedAttempts() + " wrong passwords in a row from sources this user "
                                    + "never signed in from"));
        }
    }

    private void failedFrom(SignInSource source, Instant now) {
        throttles.open(source.value(), now);
        SignInThrottle throttle = throttles.findByIdForUpdate(source.value()).orElseThrow();
        throttles.update(throttle.afterFailure(now, settings));
    }

    private Organisation organisation(UserAccount user) {
        return organisations.findById(user.organisationId()).orElseThrow();
    }
}
