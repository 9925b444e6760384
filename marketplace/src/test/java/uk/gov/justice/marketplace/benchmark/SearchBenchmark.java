package uk.gov.justice.marketplace.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.register.ProviderFinder;
import uk.gov.justice.marketplace.register.SearchRequest;
import uk.gov.justice.marketplace.search.DocumentIndex;
import uk.gov.justice.marketplace.search.ElasticsearchNode;
import uk.gov.justice.marketplace.search.ProviderSearch;
import uk.gov.justice.marketplace.search.RateCardDocument;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * Provider search speed, on a synthetic register of each size, for each engine: how long the index takes to build,
 * search latency for a fixed mix of queries in-process and through the HTTP API, throughput with 8 and 32
 * concurrent API clients, and how long an approval takes to become searchable. Prints one table row per run; then
 * the rate card's search (as many published services as providers) through the API, beside the same run's
 * provider search timed again just after, so the ratio compares like with like.
 * Run it with: mvn -B -Pbenchmark -DskipTests -pl marketplace -am verify (see docs/benchmarks.md).
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 300;
    private static final int SAMPLES = 1_000;
    private static final long THROUGHPUT_SECONDS = 10;
    private static final int LAG_SAMPLES = 20;

    /** The fixed mix: what lead providers and commissioners search for, with and without words. */
    static final List<String> QUERIES = List.of(
            "text=women+accommodation&area=south-wales&outcomeEvidence=true",
            "text=housing",
            "area=region-wales",
            "speciality=accommodation&cohort=women",
            "text=mentoring+young+adults+employment",
            "area=gwent&minCapacity=50",
            "text=recovery&area=region-north-east",
            "jdl=true&sort=updated",
            "legalForm=CHARITY&sizeBand=UNDER_100K",
            "text=debt+advice&welsh=true",
            "cohort=veterans&area=region-yorkshire-and-the-humber&sort=name",
            "text=resettlement+prison+gate&page=2");

    /** The rate card's fixed mix: what commissioners ask of it, with and without words (issue 13). */
    static final List<String> RATE_CARD_QUERIES = List.of(
            "text=mentoring+young+adults",
            "area=region-wales&sort=price",
            "speciality=accommodation&priceTo=150",
            "area=gwent&minCapacity=5",
            "unit=SESSION&priceFrom=20&priceTo=60",
            "text=housing&area=south-wales",
            "welsh=true&sort=price",
            "evidence=true&area=region-north-east",
            "cohort=women&area=west-yorkshire&period=next&minCapacity=10",
            "text=recovery+peer&sort=price-desc",
            "area=region-yorkshire-and-the-humber&unit=WEEK",
            "text=employment+training&page=2");

    /** What one run measured: the provider table's row, and the rate card's beside the same run's providers. */
    private record Rows(String providers, String rateCard) {}

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
        List<String> engines = List.of(
                System.getProperty("benchmark.engines", "lucene,elasticsearch").split(","));
        System.out.println(
                "| engine | providers | index build s | in-process p50/p95/p99 ms | API p50/p95/p99 ms "
                        + "| API/in-process (p50) | q/s at 8 clients | q/s at 32 clients | approval to searchable p50/p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<String> rateCard = new ArrayList<>();
        for (String engine : engines) {
            for (int size : sizes) {
                Rows rows = run(engine.trim(), size);
                System.out.println(rows.providers());
                rateCard.add(rows.rateCard());
            }
        }
        System.out.println();
        System.out.println("| engine | published services | index build s | rate card API p50/p95/p99 ms "
                + "| provider API p50/p95/p99 ms (same run) | rate card/provider p50 / p95 / p99 | q/s at 8 clients |");
        System.out.println("|---|---|---|---|---|---|---|");
        rateCard.forEach(System.out::println);
        System.exit(0);
    }

    private static Rows run(String engine, int size) throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabaseProperties(SearchBenchmark.class));
        properties.put("micronaut.server.port", -1);
        // Run from main, outside the test environment: the self-signed development seal lets the service start.
        properties.put("marketplace.development", true);
        if (engine.equals("elasticsearch")) {
            properties.put(
                    "marketplace.search.elasticsearch-url",
                    ElasticsearchNode.shared().url());
            properties.put("marketplace.search.index-alias", "bench-" + size + "-" + System.nanoTime());
            properties.put("marketplace.rate-card.search.index-alias", "bench-rc-" + size + "-" + System.nanoTime());
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            ProviderSearch search = context.getBean(ProviderSearch.class);
            SyntheticRegister register = new SyntheticRegister(
                    context.getBean(Areas.class),
                    context.getBean(Specialities.class).all(),
                    context.getBean(Cohorts.class).all());
            long start = System.nanoTime();
            search.replaceAll(register.providers(size));
            double buildSeconds = (System.nanoTime() - start) / 1e9;

            Accounts accounts = context.getBean(Accounts.class);
            ApiClient api = context.getBean(Portal.class).api(accounts.tokenFor(accounts.leadProvider("Bench")));
            ProviderFinder finder = context.getBean(ProviderFinder.class);
            List<SearchRequest> requests =
                    QUERIES.stream().map(SearchBenchmark::request).toList();
            Supplier<Runnable> inProcess = cycling(QUERIES.size(), i -> () -> finder.find(requests.get(i)));
            Supplier<Runnable> overHttp = cycling(QUERIES.size(), i -> () -> api.get("/api/search?" + QUERIES.get(i)));
            @SuppressWarnings("unchecked")
            DocumentIndex<RateCardDocument> rateCardIndex = context.getBean(DocumentIndex.class);
            start = System.nanoTime();
            rateCardIndex.replaceAll(register.rateCard(size));
            double rateCardBuildSeconds = (System.nanoTime() - start) / 1e9;
            Supplier<Runnable> rateCardOverHttp = cycling(
                    RATE_CARD_QUERIES.size(), i -> () -> api.get("/api/rate-card/search?" + RATE_CARD_QUERIES.get(i)));
            answered(api, "/api/search?", QUERIES);
            answered(api, "/api/rate-card/search?", RATE_CARD_QUERIES);
            time(inProcess, WARM_UP);
            time(overHttp, WARM_UP);
            double[] direct = percentiles(time(inProcess, SAMPLES));
            double[] http = percentiles(time(overHttp, SAMPLES));
            double at8 = throughput(overHttp, 8);
            double at32 = throughput(overHttp, 32);
            double[] lag = percentiles(lag(context, finder));
            time(rateCardOverHttp, WARM_UP);
            double[] rateCard = percentiles(time(rateCardOverHttp, SAMPLES));
            double[] providersAgain = percentiles(time(overHttp, SAMPLES));
            double rateCardAt8 = throughput(rateCardOverHttp, 8);
            String rateCardRow = String.format(
                    Locale.UK,
                    "| %s | %,d | %.1f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.2f / %.2f / %.2f | %.0f |",
                    engine,
                    size,
                    rateCardBuildSeconds,
                    rateCard[0],
                    rateCard[1],
                    rateCard[2],
                    providersAgain[0],
                    providersAgain[1],
                    providersAgain[2],
                    rateCard[0] / providersAgain[0],
                    rateCard[1] / providersAgain[1],
                    rateCard[2] / providersAgain[2],
                    rateCardAt8);
            return new Rows(
                    String.format(
                            Locale.UK,
                            "| %s | %,d | %.1f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.2f | %.0f "
                                    + "| %.0f | %.0f / %.0f |",
                            engine,
                            size,
                            buildSeconds,
                            direct[0],
                            direct[1],
                            direct[2],
                            http[0],
                            http[1],
                            http[2],
                            http[0] / direct[0],
                            at8,
                            at32,
                            lag[0],
                            lag[2]),
                    rateCardRow);
        }
    }

    /** Every query of the mix is answered, not refused: timing refusals would measure nothing. */
    private static void answered(ApiClient api, String path, List<String> queries) {
        for (String query : queries) {
            int status = api.get(path + query).status();
            if (status != 200) {
                throw new IllegalStateException(path + query + " answered " + status);
            }
        }
    }

    /** Approvals made through the API, each timed from the steward's decision to the provider being found. */
    private static List<Long> lag(ApplicationContext context, ProviderFinder finder) {
        ApprovedProviders providers = context.getBean(ApprovedProviders.class);
        Accounts accounts = context.getBean(Accounts.class);
        ApiClient steward = context.getBean(Portal.class).api(accounts.tokenFor(accounts.steward()));
        List<Long> lags = new ArrayList<>();
        for (int n = 0; n < LAG_SAMPLES; n++) {
            String token = "zzlagprobe" + (char) ('a' + n % 26) + (char) ('a' + n / 26);
            ApiClient provider =
                    providers.sent(EoiAnswersJson.complete("Lag Probe " + token, "accommodation", "women", "gwent"));
            String id = provider.get("/api/eoi").body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
            long start = System.nanoTime();
            steward.post(
                    "/api/eoi/" + id + "/decisions",
                    """
                    {"version": 1, "outcome": "APPROVED", "reason": "Benchmark"}""");
            SearchRequest probe = request("text=" + token);
            while (finder.find(probe).total() == 0) {
                Thread.onSpinWait();
            }
            lags.add(System.nanoTime() - start);
        }
        return lags;
    }

    private static double throughput(Supplier<Runnable> work, int clients) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(THROUGHPUT_SECONDS);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    work.get().run();
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(THROUGHPUT_SECONDS + 60, TimeUnit.SECONDS);
        return done.get() / (double) THROUGHPUT_SECONDS;
    }

    private static List<Long> time(Supplier<Runnable> work, int samples) {
        List<Long> nanos = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            Runnable next = work.get();
            long start = System.nanoTime();
            next.run();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    /** p50, p95 and p99 in milliseconds. */
    private static double[] percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99)};
    }

    private static double at(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static Supplier<Runnable> cycling(int queries, IntFunction<Runnable> query) {
        AtomicLong next = new AtomicLong();
        return () -> query.apply((int) (next.getAndIncrement() % queries));
    }

    private static SearchRequest request(String query) {
        Map<String, List<String>> p = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            p.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1].replace('+', ' '));
        }
        return new SearchRequest(
                one(p, "text"),
                one(p, "area"),
                p.get("speciality"),
                one(p, "specialityMatch"),
                p.get("cohort"),
                one(p, "cohortMatch"),
                p.get("legalForm"),
                p.get("sizeBand"),
                one(p, "welsh"),
                one(p, "outcomeEvidence"),
                one(p, "jdl"),
                one(p, "minCapacity"),
                p.get("riskAppetite"),
                one(p, "sort"),
                one(p, "page"),
                one(p, "pageSize"));
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? null : values.get(0);
    }
}
