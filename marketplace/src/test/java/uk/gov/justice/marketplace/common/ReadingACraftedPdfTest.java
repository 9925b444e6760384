package uk.gov.justice.marketplace.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.Pdfs;

/**
 * The PDF worker without HTTP: a file crafted to take hours is refused at the time limit and its worker freed; too
 * many pages, too many files at once and a declared size over the limit are refused; names always end in .pdf.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReadingACraftedPdfTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private PdfWorker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void a_pdf_that_would_take_hours_is_refused_at_the_time_limit_and_its_worker_is_freed() throws Exception {
        worker = new PdfWorker(new PdfLimits(1, 1, Duration.ofMillis(500), 500));
        byte[] crafted = Pdfs.nestedForms();

        long started = System.nanoTime();
        assertThatThrownBy(() -> worker.evidence("crafted.pdf", crafted.length, () -> crafted, TEN_MB))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.getMessage()).isEqualTo("error.pdf.tooSlow");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));

        Eventually.within(Duration.ofSeconds(1), () -> worker.busy() == 0);
        byte[] report = Pdfs.justiceDataLabReport();
        assertThat(worker.evidence("report.pdf", report.length, () -> report, TEN_MB)
                        .text())
                .contains("Justice Data Lab");
    }

    @Test
    void a_pdf_of_more_pages_than_the_limit_is_refused() throws Exception {
        worker = new PdfWorker(new PdfLimits(1, 1, Duration.ofSeconds(5), 3));
        byte[] four = Pdfs.pages(4);

        assertThatThrownBy(() -> worker.evidence("long.pdf", four.length, () -> four, TEN_MB))
                .hasMessage("error.pdf.tooManyPages");
        byte[] three = Pdfs.pages(3);
        assertThat(worker.evidence("short.pdf", three.length, () -> three, TEN_MB)
                        .fileName())
                .isEqualTo("short.pdf");
    }

    @Test
    void when_every_worker_is_busy_and_the_queue_is_full_another_pdf_is_turned_away_at_once() throws Exception {
        worker = new PdfWorker(new PdfLimits(1, 1, Duration.ofSeconds(3), 500));
        byte[] crafted = Pdfs.nestedForms();
        for (int n = 0; n < 2; n++) {
            CompletableFuture.runAsync(() -> {
                try {
                    worker.evidence("crafted.pdf", crafted.length, () -> crafted, TEN_MB);
                } catch (InvalidInput expected) {
                    // refused at its time limit; this test is about the third file
                }
            });
        }
        Eventually.within(Duration.ofSeconds(2), () -> worker.busy() == 2);

        long started = System.nanoTime();
        assertThatThrownBy(() -> worker.evidence("third.pdf", crafted.length, () -> crafted, TEN_MB))
                .isInstanceOf(Unavailable.class)
                .hasMessage("error.pdf.busy");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void a_good_pdf_that_waited_behind_a_slow_one_for_the_whole_time_limit_is_told_to_try_again_not_blamed()
            throws Exception {
        worker = new PdfWorker(new PdfLimits(1, 1, Duration.ofMillis(500), 500));
        // Like loading a crafted file, which no interrupt stops: the only worker stays busy for two seconds.
        CompletableFuture.runAsync(() -> {
            try {
                worker.within(() -> {
                    long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                    while (System.nanoTime() < until) {
                        LockSupport.parkNanos(until - System.nanoTime());
                    }
                    return null;
                });
            } catch (InvalidInput expected) {
                // refused as too slow, while the worker goes on until it is done
            }
        });
        Eventually.within(Duration.ofSeconds(1), () -> worker.busy() == 1);
        byte[] report = Pdfs.justiceDataLabReport();

        assertThatThrownBy(() -> worker.evidence("report.pdf", report.length, () -> report, TEN_MB))
                .isInstanceOfSatisfying(
                        Unavailable.class, busy -> assertThat(busy.getMessage()).isEqualTo("error.pdf.busy"));
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_the_body_is_read() {
        worker = new PdfWorker(new PdfLimits(1, 1, Duration.ofSeconds(1), 500));

        assertThatThrownBy(() -> worker.evidence(
                        "big.pdf",
                        TEN_MB + 1,
                        () -> {
                            throw new AssertionError("the body was read");
                        },
                        TEN_MB))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("error.evidence.tooLarge");
    }

    @Test
    void whatever_the_uploader_called_it_the_name_kept_is_a_clean_pdf_name() {
        assertThat(PdfEvidence.cleanName("..\\\\reports/jdl-report.pdf")).isEqualTo("jdl-report.pdf");
        assertThat(PdfEvidence.cleanName("Report.PDF")).isEqualTo("Report.pdf");
        assertThat(PdfEvidence.cleanName("payload.html")).isEqualTo("payload.html.pdf");
        assertThat(PdfEvidence.cleanName("evil\r\nX-Injected: 1\";.exe")).isEqualTo("evil__X-Injected_ 1__.exe.pdf");
        assertThat(PdfEvidence.cleanName(".htaccess")).isEqualTo("htaccess.pdf");
        assertThat(PdfEvidence.cleanName("Adroddiad Canolfan Dŵr.pdf")).isEqualTo("Adroddiad Canolfan Dŵr.pdf");
        assertThat(PdfEvidence.cleanName("")).isEqualTo("evidence.pdf");
        assertThat(PdfEvidence.cleanName("a".repeat(300) + ".pdf")).hasSize(200).endsWith("a.pdf");
        assertThat(new PdfEvidence("stored-before.docx", new byte[0], "").fileName())
                .isEqualTo("stored-before.docx.pdf");
    }
}
