package uk.gov.justice.marketplace.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A real SMTP server on loopback (GreenMail) and the settings that point the service's outbox at it. */
public final class MailServer implements AutoCloseable {

    private final int port = freePort();
    private final GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public MailServer() {
        server.start();
    }

    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("marketplace.email.smtp.host", "127.0.0.1");
        properties.put("marketplace.email.smtp.port", String.valueOf(port));
        properties.put("marketplace.email.smtp.starttls", "false");
        properties.put("marketplace.email.dispatch-interval", "200ms");
        return properties;
    }

    /** The text of the nth email (from 1) to this address, once the mail server has it. */
    public String email(String address, int nth) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = to(address);
            if (messages.length >= nth) {
                return messages[nth - 1].getContent().toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email number " + nth + " reached " + address);
    }

    /** How many emails this address has had so far. */
    public int count(String address) {
        return to(address).length;
    }

    private MimeMessage[] to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    @Override
    public void close() {
        server.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
