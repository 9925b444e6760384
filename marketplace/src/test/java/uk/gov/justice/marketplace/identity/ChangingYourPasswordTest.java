package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

@MarketplaceTest
@Property(name = "marketplace.sign-in.client-address-header", value = "X-Forwarded-For")
class ChangingYourPasswordTest implements FreshDatabase {

    private static final String NEW_PASSWORD = "a brand new long passphrase";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private PortalClient signedIn(String email) {
        PortalClient browser = portal.newBrowser();
        assertThat(browser.signIn(email, Accounts.PASSWORD).status()).isEqualTo(303);
        return browser;
    }

    @Test
    void a_user_changes_their_password_stays_signed_in_here_and_is_signed_out_everywhere_else() {
        String email = accounts.providerMember("Gwent Women's Centre");
        PortalClient laptop = signedIn(email);
        PortalClient phone = signedIn(email);
        laptop.get("/account/password");

        HttpAnswer changed = laptop.post(
                "/account/password",
                Map.of(
                        "currentPassword",
                        Accounts.PASSWORD,
                        "password",
                        NEW_PASSWORD,
                        "confirmPassword",
                        NEW_PASSWORD));

        assertThat(changed.location()).isEqualTo("/dashboard?notice=passwordChanged");
        assertThat(laptop.get(changed.location()).body()).contains("Your password has been changed");
        assertThat(phone.get("/dashboard").location()).startsWith("/sign-in");
        assertThat(portal.newBrowser().signIn(email, Accounts.PASSWORD).status())
                .isEqualTo(422);
        assertThat(portal.newBrowser().signIn(email, NEW_PASSWORD).status()).isEqualTo(303);
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .get("/api/audit?action=user.password-changed")
                        .body())
                .contains(email);
    }

    @Test
    void without_the_current_password_nothing_changes_and_the_errors_are_listed() {
        String email = accounts.providerMember("Leeds Mentoring Trust");
        PortalClient browser = signedIn(email);
        browser.get("/account/password");

        HttpAnswer refused = browser.post(
                "/account/password",
                Map.of("currentPassword", "not my password at all", "password", "short", "confirmPassword", "short"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "Your current password is not correct",
                        "href=\"#currentPassword\"",
                        "Password must be at least 12 characters");
        assertThat(portal.newBrowser().signIn(email, Accounts.PASSWORD).status())
                .isEqualTo(303);
    }

    @Test
    void a_borrowed_session_guessing_the_current_password_is_stopped_like_any_other_source() {
        String email = accounts.providerMember("Swansea Recovery Hub");
        PortalClient borrowed = portal.newBrowser().from("198.51.100.23");
        assertThat(borrowed.signIn(email, Accounts.PASSWORD).status()).isEqualTo(303);
        borrowed.get("/account/password");
        for (int guess = 0; guess < 20; guess++) {
            borrowed.post(
                    "/account/password",
                    Map.of(
                            "currentPassword",
                            "guess number " + guess,
                            "password",
                            NEW_PASSWORD,
                            "confirmPassword",
                            NEW_PASSWORD));
        }

        HttpAnswer right = borrowed.post(
                "/account/password",
                Map.of(
                        "currentPassword",
                        Accounts.PASSWORD,
                        "password",
                        NEW_PASSWORD,
                        "confirmPassword",
                        NEW_PASSWORD));

        assertThat(right.status()).isEqualTo(422);
        assertThat(portal.newBrowser().signIn(email, Accounts.PASSWORD).status())
                .isEqualTo(303);
    }
}
