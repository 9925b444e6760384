package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * Behind a reverse proxy that reports each caller's address: guessing is throttled by source and by account, and
 * nobody can lock a person out where that person usually signs in.
 */
@MarketplaceTest
@Property(name = "marketplace.sign-in.client-address-header", value = "X-Forwarded-For")
class SigningInFromManyPlacesTest implements FreshDatabase {

    private static final String OFFICE = "192.0.2.10";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private HttpAnswer signIn(String from, String email, String password) {
        return portal.newBrowser().from(from).signIn(email, password);
    }

    @Test
    void an_attacker_elsewhere_cannot_lock_the_steward_out_of_their_usual_office() {
        String steward = accounts.steward();
        assertThat(signIn(OFFICE, steward, Accounts.PASSWORD).status()).isEqualTo(303);
        for (int i = 0; i < 10; i++) {
            signIn("203.0.113." + i, steward, "guess number " + i);
        }

        assertThat(signIn("198.51.100.7", steward, Accounts.PASSWORD).status())
                .as("from a new place")
                .isEqualTo(422);
        assertThat(signIn(OFFICE, steward, Accounts.PASSWORD).status())
                .as("from the office")
                .isEqualTo(303);
    }

    @Test
    void one_source_trying_many_accounts_is_refused_for_every_account_while_others_sign_in() {
        String victim = accounts.providerMember("Gwent Women's Centre");
        for (int i = 0; i < 20; i++) {
            signIn("203.0.113.99", "guess" + i + "@example.org", "password spray " + i);
        }

        assertThat(signIn("203.0.113.99", victim, Accounts.PASSWORD).status()).isEqualTo(422);
        assertThat(signIn("198.51.100.8", victim, Accounts.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void every_refusal_reads_the_same() {
        String locked = accounts.providerMember("Leeds Mentoring Trust");
        for (int i = 0; i < 5; i++) {
            signIn("203.0.113.50", locked, "guess number " + i);
        }

        String lockedAnswer = signIn("198.51.100.9", locked, Accounts.PASSWORD).body();
        String unknownAnswer =
                signIn("198.51.100.9", "nobody@example.org", Accounts.PASSWORD).body();

        assertThat(errorOf(lockedAnswer))
                .isEqualTo(errorOf(unknownAnswer))
                .contains("Enter a correct email address and password");
    }

    @Test
    void a_locked_account_takes_as_long_to_refuse_as_an_unknown_email() {
        String locked = accounts.providerMember("Tyneside Housing Pathways");
        for (int i = 0; i < 5; i++) {
            signIn("203.0.113.60", locked, "guess number " + i);
        }
        PortalClient client = portal.newBrowser().from("198.51.100.10");
        client.get("/sign-in");
        Supplier<Long> unknown = () -> timed(() -> client.post(
                "/sign-in", java.util.Map.of("email", "nobody@example.org", "password", Accounts.PASSWORD)));
        Supplier<Long> lockedOut = () ->
                timed(() -> client.post("/sign-in", java.util.Map.of("email", locked, "password", Accounts.PASSWORD)));
        unknown.get();
        lockedOut.get();

        long unknownMedian = median(unknown, 5);
        long lockedMedian = median(lockedOut, 5);

        assertThat(lockedMedian)
                .as("locked %d ms, unknown %d ms", lockedMedian / 1_000_000, unknownMedian / 1_000_000)
                .isGreaterThan(unknownMedian / 2);
    }

    private static String errorOf(String body) {
        return body.replaceAll("(?s).*<div class=\"govuk-error-summary__body\">(.*?)</div>.*", "$1");
    }

    private static long timed(Runnable attempt) {
        long start = System.nanoTime();
        attempt.run();
        return System.nanoTime() - start;
    }

    private static long median(Supplier<Long> measure, int times) {
        long[] samples = new long[times];
        for (int i = 0; i < times; i++) {
            samples[i] = measure.get();
        }
        Arrays.sort(samples);
        return samples[times / 2];
    }
}
