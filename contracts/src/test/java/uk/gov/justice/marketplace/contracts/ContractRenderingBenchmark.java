package uk.gov.justice.marketplace.contracts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long documents take for a 20-partner chain, after warm-up: the lead contract (20 service lines), a partner
 * agreement, sealing a signed document, and a 120-line schedule of prices (the test template). Prints median and
 * p95 in milliseconds.
 * Run it with: mvn -B -Pbenchmark -DskipTests -pl contracts verify (see docs/benchmarks.md).
 */
public final class ContractRenderingBenchmark {

    private static final int WARM_UP = 50;
    private static final int SAMPLES = 200;

    private ContractRenderingBenchmark() {}

    public static void main(String[] args) {
        ContractRenderer renderer = new ContractRenderer();
        ContractTerms lead = ContractFixtures.leadContract(ContractFixtures.partners(20));
        ContractTerms partner =
                ContractFixtures.partnerAgreement(ContractFixtures.PARTNER, ContractTerms.Language.ENGLISH);
        RenderedContract toSign = renderer.render(partner);
        PlatformCertificate platform = PlatformCertificate.selfSigned("Benchmark seal", Clock.systemUTC());
        List<SignatureRecord> signatures = List.of(
                new SignatureRecord("Rhys Evans", "Lead", "signatory", Instant.now(), toSign.sha256()),
                new SignatureRecord("Ceri Morgan", "Partner", "signatory", Instant.now(), toSign.sha256()));
        ContractSigning signing = new ContractSigning();
        System.out.println("| document | pages | median ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        report("lead contract, 20 partners", renderer.render(lead).pages(), () -> renderer.render(lead));
        report("partner agreement", toSign.pages(), () -> renderer.render(partner));
        DocumentRenderer documents = new DocumentRenderer();
        Map<String, Object> schedule = WritingTablesTest.schedule(120);
        report(
                "schedule of prices, 120 lines",
                documents
                        .render("price-schedule.en", ContractTerms.Language.ENGLISH, schedule)
                        .pages(),
                () -> documents.render("price-schedule.en", ContractTerms.Language.ENGLISH, schedule));
        report(
                "signature page and seal",
                toSign.pages() + 1,
                () -> signing.finalDocument(
                        toSign, ContractTerms.Language.ENGLISH, signatures, platform, Instant.now()));
    }

    private static void report(String name, int pages, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - start);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println(String.format(
                Locale.UK,
                "| %s | %d | %.1f | %.1f |",
                name,
                pages,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6));
    }
}
