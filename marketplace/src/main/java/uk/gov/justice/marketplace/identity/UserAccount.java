package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person who signs in for one organisation. Guards its own lockout (which counts only failures from sources the
 * person never signed in from) and its life cycle: a deactivated account never signs in again, and every change
 * that should end the person's sessions bumps {@code signInGeneration}.
 */
@MappedEntity("user_account")
public record UserAccount(
        @Id UUID id,
        UUID organisationId,
        String email,
        String fullName,
        String passwordHash,
        @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Nullable Instant deactivatedAt,
        long signInGeneration,
        @Version long version) {

    static UserAccount create(
            UUID organisationId,
            EmailAddress email,
            String fullName,
            String passwordHash,
            Set<Role> roles,
            Instant now) {
        return new UserAccount(
                UUID.randomUUID(),
                organisationId,
                email.value(),
                fullName,
                passwordHash,
                names(roles),
                0,
                null,
                now,
                null,
                0,
                0);
    }

    public Set<Role> roleSet() {
        return Arrays.stream(roles)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    boolean isActive() {
        return deactivatedAt == null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the failure that reaches the limit locks the account and starts the count again. */
    UserAccount afterFailedSignIn(Instant now, SignInSettings settings) {
        int failures = failedSignIns + 1;
        if (failures >= settings.maxFailedAttempts()) {
            return withLockout(0, now.plus(settings.lockout()));
        }
        return withLockout(failures, lockedUntil);
    }

    /** Clears the count; a lock stays, since a success from a familiar source says nothing about the others. */
    UserAccount afterSuccessfulSignIn() {
        return withLockout(0, lockedUntil);
    }

    /** A new password: the lockout is lifted and every session made with the old one ends. */
    UserAccount withPassword(String hash) {
        return new UserAccount(
                id,
                organisationId,
                email,
                fullName,
                hash,
                roles,
                0,
                null,
                createdAt,
                deactivatedAt,
                signInGeneration + 1,
                version);
    }

    UserAccount withRoles(Set<Role> granted) {
        return new UserAccount(
                id,
                organisationId,
                email,
                fullName,
                passwordHash,
                names(granted),
                failedSignIns,
                lockedUntil,
                createdAt,
                deactivatedAt,
                signInGeneration,
                version);
    }

    UserAccount deactivatedAt(Instant now) {
        return new UserAccount(
                id,
                organisationId,
                email,
                fullName,
                passwordHash,
                roles,
                failedSignIns,
                lockedUntil,
                createdAt,
                now,
                signInGeneration + 1,
                version);
    }

    /** Sessions ended at deactivation stay ended: the generation is not wound back. */
    UserAccount reactivated() {
        return new UserAccount(
                id,
                organisationId,
                email,
                fullName,
                passwordHash,
                roles,
                failedSignIns,
                lockedUntil,
                createdAt,
                null,
                signInGeneration,
                version);
    }

    String rolesSummary() {
        return String.join(", ", roles);
    }

    private UserAccount withLockout(int failures, Instant locked) {
        return new UserAccount(
                id,
                organisationId,
                email,
                fullName,
                passwordHash,
                roles,
                failures,
                locked,
                createdAt,
                deactivatedAt,
                signInGeneration,
                version);
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }
}
