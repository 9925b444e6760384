package uk.gov.justice.marketplace.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLockoutTest {

    private static final SignInSettings SETTINGS = new SignInSettings(5, Duration.ofMinutes(15));
    private static final Instant NINE_AM = Instant.parse("2026-11-25T09:00:00Z");

    private final UserAccount user = UserAccount.create(UUID.randomUUID(), new EmailAddress("eleri@example.org"),
            "Eleri Jones", "hash", EnumSet.of(Role.MEMBER), NINE_AM);

    private UserAccount failTimes(UserAccount account, int times) {
        UserAccount result = account;
        for (int i = 0; i < times; i++) {
            result = result.afterFailedSignIn(NINE_AM, SETTINGS);
        }
        return result;
    }

    @Test
    void four_wrong_passwords_do_not_lock_the_account() {
        assertThat(failTimes(user, 4).isLockedAt(NINE_AM)).isFalse();
    }

    @Test
    void the_fifth_wrong_password_locks_it_for_fifteen_minutes() {
        UserAccount locked = failTimes(user, 5);

        assertThat(locked.isLockedAt(NINE_AM.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.isLockedAt(NINE_AM.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_correct_password_clears_the_count() {
        UserAccount recovered = failTimes(user, 4).afterSuccessfulSignIn();

        assertThat(failTimes(recovered, 4).isLockedAt(NINE_AM)).isFalse();
    }
}
