package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MailServer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** Someone who forgot their password gets a one-use link by email, through the outbox and a real SMTP server. */
@MarketplaceTest
class ResettingAForgottenPasswordTest implements FreshDatabase {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/password-reset/(pwr_[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "remembered this time";

    private final MailServer mail = new MailServer();

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    StoredResets stored;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.putAll(mail.properties());
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        mail.close();
    }

    /** Reads what is stored about reset links, as someone with a copy of the database would. */
    @Singleton
    static class StoredResets {
        private final JdbcOperations jdbc;

        StoredResets(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @ReadOnly
        List<String> tokenHashes() {
            return jdbc.prepareStatement("select token_hash from password_reset", statement -> {
                var rows = statement.executeQuery();
                List<String> hashes = new java.util.ArrayList<>();
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
                return hashes;
            });
        }
    }

    private HttpAnswer ask(String email) {
        PortalClient browser = portal.newBrowser();
        browser.get("/password-reset");
        return browser.post("/password-reset", Map.of("email", email));
    }

    private String linkPath(String email, int nth) throws Exception {
        Matcher matcher = LINK.matcher(mail.email(email, nth));
        assertThat(matcher.find()).as("a reset link in the email").isTrue();
        return URI.create(matcher.group()).getPath();
    }

    @Test
    void the_emailed_link_sets_a_new_password_once() throws Exception {
        String email = accounts.providerMember("Gwent Women's Centre");
        PortalClient signedInElsewhere = portal.newBrowser();
        signedInElsewhere.signIn(email, Accounts.PASSWORD);

        HttpAnswer sent = ask(email);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.heading()).isEqualTo("Check your email");
        String path = linkPath(email, 1);
        String secret = path.substring(path.lastIndexOf('/') + 1);
        assertThat(stored.tokenHashes()).contains(SecretToken.hashOf(secret)).doesNotContain(secret);

        PortalClient browser = portal.newBrowser();
        assertThat(browser.get(path).body()).contains(email);
        HttpAnswer reset = browser.post(path, Map.of("password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(reset.location()).isEqualTo("/sign-in?notice=passwordReset");
        assertThat(browser.get(reset.location()).body()).contains("Your password has been changed");
        assertThat(portal.newBrowser().signIn(email, NEW_PASSWORD).status()).isEqualTo(303);
        assertThat(portal.newBrowser().signIn(email, Accounts.PASSWORD).status())
                .isEqualTo(422);
        assertThat(signedInElsewhere.get("/dashboard").location()).startsWith("/sign-in");
        assertThat(portal.newBrowser().get(path).status()).isEqualTo(404);
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .get("/api/audit?action=user.password-reset-requested")
                        .body())
                .contains(email);
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .get("/api/audit?action=user.password-reset-completed")
                        .body())
                .contains(email);
    }

    @Test
    void the_answer_is_the_same_whether_or_not_the_email_has_an_account() throws Exception {
        String email = accounts.providerMember("Leeds Mentoring Trust");

        HttpAnswer known = ask(email);
        HttpAnswer unknown = ask("nobody-here@example.org");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(withoutCsrfToken(unknown.body())).isEqualTo(withoutCsrfToken(known.body()));
        linkPath(email, 1);
        assertThat(mail.count("nobody-here@example.org")).isZero();
    }

    @Test
    void a_reset_lifts_the_lockout_at_once() throws Exception {
        String email = accounts.providerMember("Tyneside Housing Pathways");
        for (int i = 0; i < 5; i++) {
            portal.newBrowser().signIn(email, "guess number " + i);
        }
        assertThat(portal.newBrowser().signIn(email, Accounts.PASSWORD).status())
                .isEqualTo(422);

        ask(email);
        PortalClient browser = portal.newBrowser();
        String path = linkPath(email, 1);
        browser.get(path);
        browser.post(path, Map.of("password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(portal.newBrowser().signIn(email, NEW_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void asking_again_and_again_sends_only_a_few_emails() throws Exception {
        String email = accounts.providerMember("Brixton Recovery Collective");

        for (int i = 0; i < 5; i++) {
            assertThat(ask(email).status()).isEqualTo(200);
        }

        linkPath(email, 3);
        Thread.sleep(1_000);
        assertThat(mail.count(email)).isEqualTo(3);
    }

    @Test
    void a_mistyped_address_is_shown_again_with_the_error() {
        HttpAnswer refused = ask("not an email");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "Enter an email address in the correct format",
                        "value=\"not an email\"");
    }

    private static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"csrfToken\"\\s+value=\"[^\"]+\"", "");
    }
}
