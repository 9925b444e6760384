package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private static final SignInSettings SETTINGS = new SignInSettings(5, Duration.ofMinutes(15), 20, null);
    private static final Instant NINE_AM = Instant.parse("2026-11-25T09:00:00Z");

    private final UserAccount user = UserAccount.create(
            UUID.randomUUID(),
            new EmailAddress("eleri@example.org"),
            "Eleri Jones",
            "hash",
            EnumSet.of(Role.MEMBER),
            NINE_AM);

    private UserAccount failTimes(UserAccount account, int times) {
        UserAccount result = account;
        for (int i = 0; i < times; i++) {
            result = result.afterFailedSignIn(NINE_AM, SETTINGS);
        }
        return result;
    }

    private static SignInThrottle failFrom(SignInThrottle throttle, int times, Instant at) {
        SignInThrottle result = throttle;
        for (int i = 0; i < times; i++) {
            result = result.afterFailure(at, SETTINGS);
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

    @Test
    void signing_in_where_one_usually_does_leaves_the_lock_on_for_everywhere_else() {
        assertThat(failTimes(user, 5).afterSuccessfulSignIn().isLockedAt(NINE_AM.plusSeconds(60)))
                .isTrue();
    }

    @Test
    void a_new_password_lifts_the_lock_and_ends_the_sessions_made_with_the_old_one() {
        UserAccount locked = failTimes(user, 5);

        UserAccount reset = locked.withPassword("new hash");

        assertThat(reset.isLockedAt(NINE_AM)).isFalse();
        assertThat(reset.signInGeneration()).isEqualTo(locked.signInGeneration() + 1);
    }

    @Test
    void twenty_failures_from_one_source_within_the_lockout_period_refuse_that_source() {
        SignInThrottle fresh = new SignInThrottle("192.0.2.7", 0, NINE_AM, null);

        assertThat(failFrom(fresh, 19, NINE_AM).isLockedAt(NINE_AM)).isFalse();
        SignInThrottle locked = failFrom(fresh, 20, NINE_AM);
        assertThat(locked.isLockedAt(NINE_AM.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.isLockedAt(NINE_AM.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_from_a_source_spread_over_more_than_the_period_do_not_add_up() {
        SignInThrottle morning = failFrom(new SignInThrottle("192.0.2.7", 0, NINE_AM, null), 19, NINE_AM);

        SignInThrottle later = morning.afterFailure(NINE_AM.plus(Duration.ofMinutes(16)), SETTINGS);

        assertThat(later.isLockedAt(NINE_AM.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(later.failures()).isEqualTo(1);
    }

    @Test
    void an_ipv6_source_is_its_64_bit_network_and_an_ipv4_one_is_itself() {
        assertThat(SignInSource.of("2001:db8:1:2:aaaa::1").value()).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInSource.of("2001:0db8:0001:0002:ffff:0:0:9").value()).isEqualTo("2001:db8:1:2::/64");
        assertThat(SignInSource.of("::ffff:192.0.2.1").value()).isEqualTo("192.0.2.1");
        assertThat(SignInSource.of("192.0.2.1").value()).isEqualTo("192.0.2.1");
    }
}
