package uk.gov.justice.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** Invitations go out by email through a real SMTP server on loopback, and survive the server being down. */
@MarketplaceTest
class InvitationEmailsTest implements FreshDatabase {

    private final int smtpPort = freePort();
    private GreenMail mailServer = startMailServer();

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.email.smtp.host", "127.0.0.1");
        properties.put("marketplace.email.smtp.port", String.valueOf(smtpPort));
        properties.put("marketplace.email.smtp.starttls", "false");
        properties.put("marketplace.email.dispatch-interval", "200ms");
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        mailServer.stop();
    }

    private void invite(String organisation, String email) {
        PortalClient admin = portal.newBrowser();
        admin.signIn(accounts.providerAdmin(organisation), Accounts.PASSWORD);
        admin.get("/organisation/users");
        assertThat(admin.post(
                                "/organisation/users/invitations",
                                Map.of("email", email, "fullName", "Carys Lloyd", "roles", "MEMBER"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_invited_colleague_gets_the_link_by_email_in_english_and_welsh() throws Exception {
        invite("Gwent Women's Centre", "carys@example.org");

        MimeMessage email = deliveredTo("carys@example.org");
        assertThat(email.getSubject()).contains("Gwent Women's Centre", "Ymunwch â");
        assertThat(email.getContent().toString())
                .contains("Dear Carys Lloyd", "Annwyl Carys Lloyd", "/invitations/inv_");
    }

    @Test
    void an_email_queued_while_the_mail_server_is_down_goes_when_it_is_back() throws Exception {
        mailServer.stop();
        invite("Leeds Mentoring Trust", "sam@example.org");
        Thread.sleep(1_000);

        mailServer = startMailServer();

        assertThat(deliveredTo("sam@example.org").getSubject()).contains("Leeds Mentoring Trust");
    }

    /** The email to this address, once the mail server has it (the outbox delivers within a second or two). */
    private MimeMessage deliveredTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mailServer.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email reached " + address);
    }

    private GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
