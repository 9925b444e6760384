package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Checks a password, counts failures under a row lock (two tabs cannot both get a free try) and locks out. */
@Singleton
public class SignIn {

    private final UserAccounts users;
    private final Organisations organisations;
    private final PasswordHasher hasher;
    private final SignInSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SignIn(UserAccounts users, Organisations organisations, PasswordHasher hasher, SignInSettings settings,
           AuditTrail audit, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SignInOutcome attempt(String email, String password) {
        String typed = password == null ? "" : password;
        Optional<UserAccount> found = email == null ? Optional.empty() : users.findByEmailForUpdate(email.trim());
        if (found.isEmpty()) {
            hasher.spendTimeOnUnknownUser(typed);
            return new SignInOutcome.Refused();
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            return new SignInOutcome.Locked(user.lockedUntil());
        }
        if (!hasher.matches(typed, user.passwordHash())) {
            return refuse(user, now);
        }
        UserAccount signedIn = users.update(user.afterSuccessfulSignIn());
        return new SignInOutcome.SignedIn(Viewer.of(signedIn, organisations.findById(user.organisationId())
                .orElseThrow()));
    }

    private SignInOutcome refuse(UserAccount user, Instant now) {
        UserAccount counted = users.update(user.afterFailedSignIn(now, settings));
        if (counted.isLockedAt(now)) {
            Organisation organisation = organisations.findById(user.organisationId()).orElseThrow();
            audit.record(Viewer.of(user, organisation).asActor(), AuditEvent.of("user.locked-out", "user", user.id(),
                    "locked until " + counted.lockedUntil()).because(settings.maxFailedAttempts()
                    + " wrong passwords in a row"));
            return new SignInOutcome.Locked(counted.lockedUntil());
        }
        return new SignInOutcome.Refused();
    }
}
