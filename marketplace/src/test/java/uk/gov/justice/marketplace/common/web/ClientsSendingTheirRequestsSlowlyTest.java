package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/**
 * Clients that send their request headers a line at a time (slowloris), or their body a byte at a time, each well
 * inside the read-idle timeout: they are cut off once the deadline passes, so a few thousand of them cannot hold
 * the server's connections.
 */
@MarketplaceTest
@Property(name = "marketplace.connections.header-timeout", value = "2s")
@Property(name = "marketplace.connections.body-timeout", value = "2s")
class ClientsSendingTheirRequestsSlowlyTest implements FreshDatabase {

    private static final Duration LINE_EVERY = Duration.ofMillis(300);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(15);

    @Inject
    EmbeddedServer server;

    @Test
    void one_sending_its_headers_slowly_is_cut_off_soon_after_the_header_deadline() throws IOException {
        assertThat(heldOpenFor("GET /health HTTP/1.1\r\nHost: localhost\r\n", "X-Slow: a\r\n"))
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void one_sending_its_body_slowly_is_cut_off_soon_after_the_body_deadline() throws IOException {
        assertThat(heldOpenFor(
                        "POST /api/registrations HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
                        " "))
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_client_sending_its_request_at_once_is_answered_as_before() throws IOException {
        try (Socket socket = connect()) {
            send(socket.getOutputStream(), "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            socket.setSoTimeout(10_000);
            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                    .startsWith("HTTP/1.1 200");
        }
    }

    /** Sends the start, then a piece every interval for as long as the server listens (at most fifteen seconds). */
    private Duration heldOpenFor(String start, String piece) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long started = System.nanoTime();
            send(out, start);
            while (stillOpen(in)
                    && Duration.ofNanos(System.nanoTime() - started).compareTo(GIVE_UP_AFTER) < 0) {
                try {
                    send(out, piece);
                } catch (IOException closedWhileWriting) {
                    break;
                }
            }
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout((int) LINE_EVERY.toMillis());
        return socket;
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Waits one line's interval for the server to answer or hang up; silence means it is still listening. */
    private static boolean stillOpen(InputStream in) {
        try {
            return in.read() != -1;
        } catch (SocketTimeoutException stillWaiting) {
            return true;
        } catch (IOException reset) {
            return false;
        }
    }
}
