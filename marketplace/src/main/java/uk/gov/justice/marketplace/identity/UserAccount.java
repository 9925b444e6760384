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

/** A person who signs in for one organisation. Guards its own sign-in lockout. */
@MappedEntity("user_account")
public record UserAccount(@Id UUID id, UUID organisationId, String email, String fullName, String passwordHash,
                          @TypeDef(type = DataType.STRING_ARRAY) String[] roles, int failedSignIns,
                          @Nullable Instant lockedUntil, Instant createdAt, @Version long version) {

    static UserAccount create(UUID organisationId, EmailAddress email, String fullName, String passwordHash,
                              Set<Role> roles, Instant now) {
        String[] names = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        return new UserAccount(UUID.randomUUID(), organisationId, email.value(), fullName, passwordHash, names, 0,
                null, now, 0);
    }

    public Set<Role> roleSet() {
        return Arrays.stream(roles).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the failure that reaches the limit locks the account and starts the count again. */
    UserAccount afterFailedSignIn(Instant now, SignInSettings settings) {
        int failures = failedSignIns + 1;
        if (failures >= settings.maxFailedAttempts()) {
            return with(0, now.plus(settings.lockout()));
        }
        return with(failures, lockedUntil);
    }

    UserAccount afterSuccessfulSignIn() {
        return with(0, null);
    }

    String rolesSummary() {
        return String.join(", ", roles);
    }

    private UserAccount with(int failures, Instant locked) {
        return new UserAccount(id, organisationId, email, fullName, passwordHash, roles, failures, locked, createdAt,
                version);
    }
}
