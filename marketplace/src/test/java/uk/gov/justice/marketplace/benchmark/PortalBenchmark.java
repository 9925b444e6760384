package uk.gov.justice.marketplace.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.search.ProviderSearch;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * The portal's search page against {@code /api/search} under the same load: the same register, the same mix of
 * searches ({@link SearchBenchmark#QUERIES}), the same number of concurrent connections, in one run, so noise from
 * anything else on the machine falls on both. The page is asked for with a signed-in session cookie, the API with a
 * bearer token. With {@code -Dbenchmark.profile=true} each timed phase is recorded with JDK Flight Recorder and the
 * methods found most often on the sampled stacks are printed: where the time goes, rather than a guess.
 * Run it with: mvn -B -Pportal-benchmark -DskipTests -pl marketplace -am verify (see docs/benchmarks.md).
 */
public final class PortalBenchmark {

    private static final int TOP_FRAMES = 25;

    private PortalBenchmark() {}

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("benchmark.providers", 10_000);
        int connections = Integer.getInteger("benchmark.connections", 50);
        int seconds = Integer.getInteger("benchmark.seconds", 15);
        boolean profile = Boolean.getBoolean("benchmark.profile");
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabaseProperties(PortalBenchmark.class));
        properties.put("micronaut.server.port", -1);
        properties.put("marketplace.development", true);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            context.getBean(ProviderSearch.class)
                    .replaceAll(new SyntheticRegister(
                                    context.getBean(Areas.class),
                                    context.getBean(Specialities.class).all(),
                                    context.getBean(Cohorts.class).all())
                            .providers(size));
            Accounts accounts = context.getBean(Accounts.class);
            String email = accounts.leadProvider("Bench");
            PortalClient browser = context.getBean(Portal.class).newBrowser();
            HttpAnswer signedIn = browser.signIn(email, Accounts.PASSWORD);
            String cookie = signedIn.raw().headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("MARKETPLACE_SESSION="))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session after sign-in: " + signedIn.status()));
            Load page = new Load(server.getURI(), "/search?", "Cookie", cookie, "text/html");
            Load api = new Load(
                    server.getURI(),
                    "/api/search?",
                    "Authorization",
                    "Bearer " + accounts.tokenFor(email),
                    "application/json");
            page.run(connections, Math.max(5, seconds / 2));
            api.run(connections, Math.max(5, seconds / 2));
            Result pageResult = measure(page, connections, seconds, profile);
            Result apiResult = measure(api, connections, seconds, profile);
            System.out.printf(Locale.UK, "%nproviders %,d, %d connections, %d s each%n", size, connections, seconds);
            System.out.println("| route | req/s | p50 ms | p99 ms | service CPU ms per request | errors |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.println(pageResult.row("portal /search"));
            System.out.println(apiResult.row("/api/search"));
            System.out.printf(
                    Locale.UK,
                    "API/portal throughput: %.2f; portal/API p99: %.2f; portal/API CPU per " + "request: %.2f%n",
                    apiResult.perSecond() / pageResult.perSecond(),
                    pageResult.p99() / apiResult.p99(),
                    pageResult.cpuMillis() / apiResult.cpuMillis());
            if (profile) {
                System.out.println("\nportal /search, most sampled methods:\n" + pageResult.profile());
                System.out.println("/api/search, most sampled methods:\n" + apiResult.profile());
            }
        }
        System.exit(0);
    }

    private static Result measure(Load load, int connections, int seconds, boolean profile) throws Exception {
        if (!profile) {
            return load.run(connections, seconds);
        }
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            Result result = load.run(connections, seconds);
            recording.stop();
            Path file = Path.of("target", "portal-benchmark-" + load.path().replaceAll("[^a-z]", "") + ".jfr");
            recording.dump(file);
            return result.withProfile(topFrames(file) + "(recording: " + file.toAbsolutePath() + ")\n");
        }
    }

    /**
     * For each method, the share of samples with it anywhere on the stack (inclusive) and on top (self), counting
     * only the service's threads, not the load generator's.
     */
    private static String topFrames(Path file) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String thread = event.getThread("sampledThread") == null
                    ? ""
                    : String.valueOf(event.getThread("sampledThread").getJavaName());
            if (isLoadGenerator(thread) || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < frames.size(); i++) {
                String method = frames.get(i).getMethod().getType().getName() + "."
                        + frames.get(i).getMethod().getName();
                if (i == 0) {
                    self.merge(method, 1, Integer::sum);
                }
                if (seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        StringBuilder out =
                new StringBuilder("samples: " + samples + "\n| inclusive % | self % | method |\n|---|---|---|\n");
        int total = Math.max(1, samples);
        inclusive.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("java.lang.Thread")
                        && !e.getKey().startsWith("io.netty.util.concurrent")
                        && !e.getKey().startsWith("io.netty.util.internal")
                        && !e.getKey().startsWith("java.util.concurrent.ThreadPoolExecutor"))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP_FRAMES)
                .forEach(e -> out.append(String.format(
                        Locale.UK,
                        "| %.1f | %.1f | %s |%n",
                        100.0 * e.getValue() / total,
                        100.0 * self.getOrDefault(e.getKey(), 0) / total,
                        e.getKey())));
        out.append("top of stack:\n");
        self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> out.append(
                        String.format(Locale.UK, "  %.1f%% %s%n", 100.0 * e.getValue() / total, e.getKey())));
        return out.toString();
    }

    private static boolean isLoadGenerator(String thread) {
        return thread.startsWith("load-") || thread.startsWith("HttpClient-");
    }

    /** Closed-loop load: each connection sends its next search as soon as the last one is answered. */
    private record Load(URI base, String path, String header, String value, String accept) {

        Result run(int connections, int seconds) throws InterruptedException {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            long cpuBefore = serviceCpuNanos();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            CountDownLatch finished = new CountDownLatch(connections);
            for (int c = 0; c < connections; c++) {
                int first = c;
                Thread thread = new Thread(
                        () -> {
                            List<Long> mine = new ArrayList<>();
                            for (int n = first; System.nanoTime() < end; n++) {
                                HttpRequest request = HttpRequest.newBuilder(base.resolve(
                                                path + SearchBenchmark.QUERIES.get(n % SearchBenchmark.QUERIES.size())))
                                        .header(header, value)
                                        .header("Accept", accept)
                                        .GET()
                                        .build();
                                long start = System.nanoTime();
                                try {
                                    HttpResponse<Void> answer =
                                            http.send(request, HttpResponse.BodyHandlers.discarding());
                                    if (answer.statusCode() != 200) {
                                        errors.incrementAndGet();
                                    }
                                } catch (IOException e) {
                                    errors.incrementAndGet();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    break;
                                }
                                mine.add(System.nanoTime() - start);
                            }
                            nanos.addAll(mine);
                            finished.countDown();
                        },
                        "load-" + c);
                thread.start();
            }
            finished.await();
            long cpu = serviceCpuNanos() - cpuBefore;
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(
                    sorted.length / (double) seconds,
                    at(sorted, 0.50),
                    at(sorted, 0.99),
                    errors.get(),
                    cpu / 1e6 / Math.max(1, sorted.length),
                    null);
        }

        /**
         * CPU used by the service's threads (not the load generator's): per request, it is a figure that other work
         * on a shared machine disturbs far less than requests per second.
         */
        private static long serviceCpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long total = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && !isLoadGenerator(info.getThreadName())) {
                    total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            return total;
        }

        private static double at(long[] sorted, double quantile) {
            int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
            return sorted.length == 0 ? 0 : sorted[Math.max(0, index)] / 1e6;
        }
    }

    private record Result(double perSecond, double p50, double p99, long errors, double cpuMillis, String profile) {

        Result withProfile(String frames) {
            return new Result(perSecond, p50, p99, errors, cpuMillis, frames);
        }

        String row(String route) {
            return String.format(
                    Locale.UK,
                    "| %s | %.0f | %.1f | %.1f | %.2f | %d |",
                    route,
                    perSecond,
                    p50,
                    p99,
                    cpuMillis,
                    errors);
        }
    }
}
