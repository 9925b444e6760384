package uk.gov.justice.marketplace.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.identity.Repositories.Organisations;
import uk.gov.justice.marketplace.identity.Repositories.UserAccounts;

/**
 * Checked on every portal request: a session holds the viewer as they were at sign-in, and the account may have
 * changed since. A deactivated user, or one whose password changed, is signed out; new roles apply at once.
 */
@Singleton
class SignedInUsers {

    private final UserAccounts users;
    private final Organisations organisations;

    SignedInUsers(UserAccounts users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @ReadOnly
    long generationOf(UUID userId) {
        return users.findById(userId).map(UserAccount::signInGeneration).orElse(-1L);
    }

    /** The viewer as the account is now, if a session made under {@code generation} may still act for them. */
    @ReadOnly
    Optional<Viewer> current(UUID userId, long generation) {
        return users.findById(userId)
                .filter(UserAccount::isActive)
                .filter(u -> u.signInGeneration() == generation)
                .map(u ->
                        Viewer.of(u, organisations.findById(u.organisationId()).orElseThrow()));
    }
}
