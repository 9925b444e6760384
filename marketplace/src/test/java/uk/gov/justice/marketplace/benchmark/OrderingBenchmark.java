package uk.gov.justice.marketplace.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.Period;
import uk.gov.justice.marketplace.ratecard.RateCardOffers;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * Ordering under contention, through the HTTP API on a fresh embedded PostgreSQL: commissioners each order one
 * session at a time from ten services (placing, then the provider accepting, which reserves the session under the
 * capacity row lock), round and round, until the time is up or the capacity runs out. First one commissioner alone,
 * then fifty at once; then the rate card's count is held to the acceptances seen, service by service, so an
 * oversold session would show. Run it with:
 * mvn -B -q -Pordering-benchmark -DskipTests -pl marketplace -am verify [-Dbenchmark.seconds=20] (docs/benchmarks.md).
 */
public final class OrderingBenchmark {

    private static final int SERVICES = 10;
    private static final String AREA = "west-yorkshire";
    /** The fixture's service takes orders of two sessions at least. */
    private static final int UNITS = 2;

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    /** The first refusal seen, printed so a run that sold nothing says why. */
    private static final AtomicReference<String> REFUSAL = new AtomicReference<>();

    private OrderingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        int commissioners = Integer.getInteger("benchmark.commissioners", 50);
        int capacity = Integer.getInteger("benchmark.capacity", 300);
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabaseProperties(OrderingBenchmark.class));
        properties.put("micronaut.server.port", -1);
        properties.put("marketplace.development", true);
        properties.put("marketplace.orders.second-approval-above", "1000000000");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            RateCardFixtures rateCard = context.getBean(RateCardFixtures.class);
            Accounts accounts = context.getBean(Accounts.class);
            Portal portal = context.getBean(Portal.class);
            ApiClient provider = rateCard.mentoringProvider("Benchmark Mentoring CIC");
            List<UUID> services = new ArrayList<>();
            for (int s = 0; s < SERVICES; s++) {
                services.add(rateCard.published(provider, "85.00", CapacityPeriod.MONTH, new ServedArea(AREA, capacity))
                        .id());
            }
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            List<Buyer> buyers = new ArrayList<>();
            for (int c = 0; c < commissioners; c++) {
                ApiClient client = portal.api(accounts.tokenFor(accounts.commissioner("Benchmark Commissioner " + c)));
                HttpAnswer budget = client.put(
                        "/api/budgets",
                        "{\"year\": \"" + FinancialYear.containing(today)
                                + "\", \"amount\": 100000000, \"name\": \"Own\"}");
                buyers.add(new Buyer(client, id(budget)));
            }
            AtomicIntegerArray accepted = new AtomicIntegerArray(SERVICES);
            run(buyers.subList(0, 1), provider, services, today, 3, accepted);
            Run alone = run(buyers.subList(0, 1), provider, services, today, seconds / 2, accepted);
            Run contended = run(buyers, provider, services, today, seconds, accepted);

            RateCardOffers offers = context.getBean(RateCardOffers.class);
            Period period = Period.containing(CapacityPeriod.MONTH, today);
            int oversold = 0;
            int miscounted = 0;
            for (int s = 0; s < SERVICES; s++) {
                int reserved = capacity - offers.unitsLeft(services.get(s), AREA, period);
                oversold += Math.max(0, accepted.get(s) - capacity);
                miscounted += reserved == accepted.get(s) ? 0 : 1;
            }
            System.out.printf(
                    Locale.UK,
                    "%n%d services x %d sessions a month; place then accept, %d sessions an order%n",
                    SERVICES,
                    capacity,
                    UNITS);
            System.out.println("| commissioners | orders/s | place p50/p95 ms | accept p50/p95 ms | order p95 ms"
                    + " | accepted | refused |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Run r : List.of(alone, contended)) {
                System.out.printf(
                        Locale.UK,
                        "| %d | %.1f | %.1f / %.1f | %.1f / %.1f | %.1f | %d | %d |%n",
                        r.clients,
                        r.accepted / (double) r.seconds,
                        r.place[0],
                        r.place[1],
                        r.accept[0],
                        r.accept[1],
                        r.order95,
                        r.accepted,
                        r.refused);
            }
            System.out.printf(
                    Locale.UK,
                    "contended/alone: orders/s %.2f, order p95 %.2f; oversold sessions: %d; services whose count"
                            + " differs from the acceptances seen: %d%n",
                    (contended.accepted / (double) contended.seconds) / (alone.accepted / (double) alone.seconds),
                    contended.order95 / alone.order95,
                    oversold,
                    miscounted);
            System.out.println("first refusal: " + REFUSAL.get());
        }
        System.exit(0);
    }

    private record Buyer(ApiClient client, String budget) {}

    private record Run(
            int clients, int seconds, int accepted, int refused, double[] place, double[] accept, double order95) {}

    private static Run run(
            List<Buyer> buyers,
            ApiClient provider,
            List<UUID> services,
            LocalDate today,
            int seconds,
            AtomicIntegerArray accepted)
            throws InterruptedException {
        List<Long> places = Collections.synchronizedList(new ArrayList<>());
        List<Long> accepts = Collections.synchronizedList(new ArrayList<>());
        List<Long> orders = Collections.synchronizedList(new ArrayList<>());
        int[] counts = new int[2];
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int b = 0; b < buyers.size(); b++) {
            Buyer buyer = buyers.get(b);
            int first = b;
            Thread thread = new Thread(() -> {
                for (int n = first; System.nanoTime() < end; n++) {
                    int s = n % services.size();
                    long start = System.nanoTime();
                    HttpAnswer placed = buyer.client()
                            .post(
                                    "/api/orders",
                                    "{\"serviceId\": \"" + services.get(s) + "\", \"area\": \"" + AREA
                                            + "\", \"period\": \"" + today + "\", \"units\": " + UNITS
                                            + ", \"budgetId\": \""
                                            + buyer.budget() + "\"}");
                    long placedAt = System.nanoTime();
                    places.add(placedAt - start);
                    if (placed.status() != 201) {
                        count(counts, 1);
                        REFUSAL.compareAndSet(null, placed.body());
                        continue;
                    }
                    HttpAnswer answer = provider.post("/api/orders/" + id(placed) + "/acceptance", "");
                    long done = System.nanoTime();
                    accepts.add(done - placedAt);
                    if (answer.status() == 200) {
                        accepted.addAndGet(s, UNITS);
                        orders.add(done - start);
                        count(counts, 0);
                    } else {
                        count(counts, 1);
                        REFUSAL.compareAndSet(null, answer.body());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Run(
                buyers.size(),
                seconds,
                counts[0],
                counts[1],
                quantiles(places),
                quantiles(accepts),
                quantiles(orders)[1]);
    }

    private static synchronized void count(int[] counts, int which) {
        counts[which]++;
    }

    private static double[] quantiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {millis(sorted, 0.50), millis(sorted, 0.95)};
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String id(HttpAnswer answer) {
        Matcher id = ID.matcher(answer.body());
        if (!id.find()) {
            throw new IllegalStateException(answer.status() + " " + answer.body());
        }
        return id.group(1);
    }
}
