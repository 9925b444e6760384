package uk.gov.justice.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A mail server that offers no STARTTLS (GreenMail's plain SMTP): invitation links do not travel in clear. */
class MailServerWithoutTlsTest {

    private final int port = freePort();
    private final GreenMail plainServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    {
        plainServer.start();
    }

    @AfterEach
    void stop() {
        plainServer.stop();
    }

    private static final Email INVITATION = Email.to(
            "carys@example.org",
            "Join Gwent Women's Centre",
            "Follow https://marketplace.example.gov.uk/invitations/inv_abcdefghijklmnopqrstuvwxyz");

    @Test
    void by_default_the_email_is_refused_rather_than_sent_in_clear() {
        SmtpEmailSender sender = new SmtpEmailSender(settings(true, null));

        assertThatThrownBy(() -> sender.send(INVITATION))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("STARTTLS");
        assertThat(plainServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void with_tls_explicitly_switched_off_it_is_sent() throws Exception {
        new SmtpEmailSender(settings(false, null)).send(INVITATION);

        assertThat(plainServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void credentials_are_never_offered_without_tls() {
        assertThatThrownBy(() -> new SmtpEmailSender(settings(false, "relay-user")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in clear");
    }

    private SmtpSettings settings(boolean starttls, String username) {
        return new SmtpSettings(
                "127.0.0.1",
                port,
                username,
                username == null ? null : "relay-password",
                starttls,
                "no-reply@rehabilitation-marketplace.justice.gov.uk");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
