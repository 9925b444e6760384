package uk.gov.justice.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.LogLines;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * With no mail server the email goes to the log, which is read by more people than the invitee's mailbox: the log
 * shows where the link leads but not its token, the invitee's name cannot add lines to it, and once "sent" the
 * outbox keeps only the record of sending.
 */
@MarketplaceTest
class InvitingWithNoMailServerTest implements FreshDatabase {

    private static final Pattern TOKEN = Pattern.compile("/invitations/(inv_[A-Za-z0-9_-]+)");

    private final LogLines log = LogLines.of(LoggingEmailSender.class);

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.email.dispatch-interval", "200ms");
        return properties;
    }

    @AfterAll
    void stopListening() {
        log.close();
    }

    @Test
    void the_logged_invitation_shows_no_token_and_one_line_whatever_the_name() {
        String token = invite("carys@example.org", "Carys Lloyd\n12:00:00.000 INFO  Steward - all approved");

        Eventually.within(Duration.ofSeconds(10), () -> log.written().stream().anyMatch(l -> l.contains("carys@")));
        String line = log.written().stream()
                .filter(l -> l.contains("carys@"))
                .findFirst()
                .orElseThrow();
        assertThat(line.lines()).hasSize(1);
        assertThat(line)
                .contains("/invitations/inv_[hidden]", "Carys Lloyd\\n12:00:00.000")
                .doesNotContain(token);
    }

    @Test
    void a_sent_email_keeps_its_recipient_subject_and_time_but_not_its_body() {
        invite("sam@example.org", "Sam Patel");

        Eventually.within(
                Duration.ofSeconds(10), () -> outboxRow("sam@example.org").get("sent_at") != null);
        Map<String, String> row = outboxRow("sam@example.org");
        assertThat(row.get("body")).isNull();
        assertThat(row.get("subject")).contains("Leeds Mentoring Trust");
    }

    /** The token the admin's page shows, which only the invitee should ever be given. */
    private String invite(String email, String fullName) {
        PortalClient admin = portal.newBrowser();
        admin.signIn(accounts.providerAdmin("Leeds Mentoring Trust"), Accounts.PASSWORD);
        admin.get("/organisation/users");
        String page = admin.post(
                        "/organisation/users/invitations",
                        Map.of("email", email, "fullName", fullName, "roles", "MEMBER"))
                .body();
        Matcher link = TOKEN.matcher(page);
        assertThat(link.find()).as("the invitation link on the admin's page").isTrue();
        return link.group(1);
    }

    private Map<String, String> outboxRow(String recipient) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection()
                    .prepareStatement("select subject, body, sent_at from email_outbox where recipient = ?")) {
                select.setString(1, recipient);
                try (ResultSet row = select.executeQuery()) {
                    Map<String, String> values = new HashMap<>();
                    if (row.next()) {
                        values.put("subject", row.getString("subject"));
                        values.put("body", row.getString("body"));
                        values.put("sent_at", row.getString("sent_at"));
                    }
                    return values;
                }
            }
        });
    }
}
