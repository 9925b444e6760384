package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
class SigningInTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void the_right_password_opens_the_dashboard() {
        String email = accounts.providerAdmin("Gwent Women's Centre");
        PortalClient provider = portal.newBrowser();

        HttpAnswer signedIn = provider.signIn(email, Accounts.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/dashboard");
        assertThat(provider.get("/dashboard").body()).contains("Gwent Women&#39;s Centre");
    }

    @Test
    void a_wrong_password_shows_the_error_summary_and_keeps_the_email_typed() {
        String email = accounts.providerAdmin("Leeds Mentoring Trust");

        HttpAnswer refused = portal.newBrowser().signIn(email, "not the password at all");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "Enter a correct email address and password",
                        "href=\"#email\"",
                        "value=\"" + email + "\"");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        String email = accounts.providerAdmin("Tyneside Housing Pathways");
        PortalClient attacker = portal.newBrowser();
        for (int i = 0; i < 5; i++) {
            attacker.signIn(email, "guess number " + i);
        }

        HttpAnswer owner = portal.newBrowser().signIn(email, Accounts.PASSWORD);

        assertThat(owner.status()).isEqualTo(422);
        assertThat(owner.body()).contains("Enter a correct email address and password", "reset your password");
    }

    @Test
    void an_unknown_email_gets_the_same_answer_as_a_wrong_password() {
        HttpAnswer refused = portal.newBrowser().signIn("nobody@example.org", "whatever it is");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Enter a correct email address and password");
    }

    @Test
    void a_page_behind_sign_in_sends_you_to_sign_in_and_then_back() {
        String email = accounts.providerAdmin("Brixton Recovery Collective");
        PortalClient provider = portal.newBrowser();

        HttpAnswer bounced = provider.get("/organisation/users");
        assertThat(bounced.status()).isEqualTo(303);
        assertThat(bounced.location()).isEqualTo("/sign-in?returnTo=%2Forganisation%2Fusers");

        assertThat(provider.get(bounced.location()).body()).contains("value=\"/organisation/users\"");
        HttpAnswer signedIn = provider.post(
                "/sign-in", Map.of("email", email, "password", Accounts.PASSWORD, "returnTo", "/organisation/users"));
        assertThat(signedIn.location()).isEqualTo("/organisation/users");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_nothing_is_saved() {
        PortalClient forger = portal.newBrowser();
        forger.get("/register");

        HttpAnswer forged = forger.postExactly(
                "/register",
                Map.of(
                        "organisationName",
                        "Forged Charity",
                        "fullName",
                        "F",
                        "email",
                        "forged@example.org",
                        "password",
                        Accounts.PASSWORD,
                        "confirmPassword",
                        Accounts.PASSWORD));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("govuk-heading-l");
        PortalClient honest = portal.newBrowser();
        honest.get("/register");
        assertThat(honest.post(
                                "/register",
                                Map.of(
                                        "organisationName",
                                        "Forged Charity",
                                        "fullName",
                                        "Real Person",
                                        "email",
                                        "forged@example.org",
                                        "password",
                                        Accounts.PASSWORD,
                                        "confirmPassword",
                                        Accounts.PASSWORD))
                        .status())
                .isEqualTo(303);
    }

    @Test
    void a_csrf_token_from_another_session_does_not_work() {
        PortalClient victim = portal.newBrowser();
        victim.get("/sign-in");
        PortalClient attacker = portal.newBrowser();
        HttpAnswer attackerPage = attacker.get("/sign-in");
        String stolen = attackerPage.body().replaceAll("(?s).*name=\"csrfToken\"\\s+value=\"([^\"]+)\".*", "$1");

        HttpAnswer answer =
                victim.postExactly("/sign-in", Map.of("email", "a@example.org", "password", "x", "csrfToken", stolen));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void signing_out_ends_the_session() {
        String email = accounts.providerAdmin("Cardiff Mentoring");
        PortalClient provider = portal.newBrowser();
        provider.signIn(email, Accounts.PASSWORD);
        provider.get("/dashboard");

        assertThat(provider.post("/sign-out", Map.of()).location()).isEqualTo("/");
        assertThat(provider.get("/dashboard").status()).isEqualTo(303);
    }
}
