package uk.gov.justice.marketplace.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * What slow clients do to everybody else: the answer times of {@code /api/register} for a few ordinary clients,
 * first alone, then while thousands of connections trickle their headers in (one header line a second, never
 * finishing, as a slowloris attack does), in the same run. Also counts how many of those connections the service
 * still holds open after the header deadline. Run it with:
 * mvn -B -Pslow-clients-benchmark -DskipTests -pl marketplace -am verify (see docs/operations.md).
 */
public final class SlowClientsBenchmark {

    private SlowClientsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int slow = Integer.getInteger("benchmark.slowConnections", 3_000);
        int clients = Integer.getInteger("benchmark.clients", 8);
        int seconds = Integer.getInteger("benchmark.seconds", 15);
        Map<String, Object> properties =
                new HashMap<>(TestDatabase.freshDatabaseProperties(SlowClientsBenchmark.class));
        properties.put("micronaut.server.port", -1);
        properties.put("marketplace.development", true);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            URI register = server.getURI().resolve("/api/register");
            answerTimes(register, clients, seconds);
            double[] alone = answerTimes(register, clients, seconds);
            List<Socket> trickling = open(server.getURI(), slow);
            Thread trickle = trickleHeaders(trickling);
            double[] underAttack = answerTimes(register, clients, seconds);
            trickle.interrupt();
            long stillOpen =
                    trickling.stream().filter(SlowClientsBenchmark::stillOpen).count();
            // Alone once more, after: what drifted on a shared machine (JIT, other work) shows as a gap between the
            // two.
            double[] aloneAfter = answerTimes(register, clients, seconds);
            System.out.printf(
                    Locale.UK, "%n%d ordinary clients, %d s each; %,d slow connections%n", clients, seconds, slow);
            System.out.println("| /api/register | req/s | p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|");
            System.out.printf(Locale.UK, "| alone | %.0f | %.1f | %.1f |%n", alone[0], alone[1], alone[2]);
            System.out.printf(
                    Locale.UK,
                    "| with slow clients | %.0f | %.1f | %.1f |%n",
                    underAttack[0],
                    underAttack[1],
                    underAttack[2]);
            System.out.printf(
                    Locale.UK, "| alone again | %.0f | %.1f | %.1f |%n", aloneAfter[0], aloneAfter[1], aloneAfter[2]);
            System.out.printf(
                    Locale.UK,
                    "p99 with/without: %.2f; slow connections still open after %d s: %,d of %,d%n",
                    underAttack[2] / Math.max(alone[2], aloneAfter[2]),
                    seconds,
                    stillOpen,
                    trickling.size());
            for (Socket socket : trickling) {
                socket.close();
            }
        }
        System.exit(0);
    }

    /** Requests per second, p50 and p99 in milliseconds, each client sending its next request once answered. */
    private static double[] answerTimes(URI uri, int clients, int seconds) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    long start = System.nanoTime();
                    try {
                        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
                        nanos.add(System.nanoTime() - start);
                    } catch (IOException e) {
                        nanos.add(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted.length / (double) seconds, millis(sorted, 0.50), millis(sorted, 0.99)};
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static List<Socket> open(URI base, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.getOutputStream()
                    .write("GET /api/register HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            sockets.add(socket);
        }
        return sockets;
    }

    /** One more header line a second on every connection, never the blank line that ends the headers. */
    private static Thread trickleHeaders(List<Socket> sockets) {
        Thread thread = new Thread(() -> {
            byte[] line = "X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII);
            while (!Thread.currentThread().isInterrupted()) {
                for (Socket socket : sockets) {
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write(line);
                    } catch (IOException closedByTheService) {
                        // the service hung up on it: the deadline held
                    }
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Still waiting: a read finds nothing within 50 ms. A connection the service gave up on answers at once, with
     * an answer, the end of the stream or a reset.
     */
    private static boolean stillOpen(Socket socket) {
        try {
            socket.setSoTimeout(50);
            socket.getInputStream().read();
            return false;
        } catch (SocketTimeoutException nothingYet) {
            return true;
        } catch (IOException reset) {
            return false;
        }
    }
}
