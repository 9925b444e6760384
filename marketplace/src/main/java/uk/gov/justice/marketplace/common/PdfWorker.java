package uk.gov.justice.marketplace.common;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only place uploaded PDFs are parsed: a small fixed pool with a bounded queue and a time limit per file.
 * Callers wait outside any transaction, holding no connection or row lock. A parse past its time is interrupted;
 * the text extraction checks for that between content-stream operators (see {@link PdfEvidence}), so the worker is
 * freed rather than left spinning on a crafted file.
 */
@Singleton
public class PdfWorker {

    private final PdfLimits limits;
    private final ThreadPoolExecutor pool;

    public PdfWorker(PdfLimits limits) {
        this.limits = limits;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                limits.workers(),
                limits.workers(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queue()),
                task -> {
                    Thread thread = new Thread(task, "pdf-parse-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * An upload accepted as evidence, or refused naming the field {@code file}: by its declared size before its
     * body is read, then by its content.
     */
    public PdfEvidence evidence(String fileName, long declaredSize, PdfEvidence.Content body, long maxBytes) {
        if (declaredSize > maxBytes) {
            throw new InvalidInput("file", "error.evidence.tooLarge");
        }
        byte[] content;
        try {
            content = body.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfEvidence.checkBytes(content, maxBytes);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        return within(() -> PdfEvidence.read(fileName, content, limits.maxPages(), deadline));
    }

    /** Runs a parse of an uploaded file in the pool, refused if it takes longer than the time limit. */
    public <T> T within(Callable<T> parse) {
        AtomicBoolean started = new AtomicBoolean();
        Future<T> running;
        try {
            running = pool.submit(() -> {
                started.set(true);
                return parse.call();
            });
        } catch (RejectedExecutionException e) {
            throw new Unavailable("error.pdf.busy");
        }
        try {
            return running.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            // A file that waited the whole time behind others was never read: the service was busy, not the file bad.
            throw started.get() ? new InvalidInput("file", "error.pdf.tooSlow") : new Unavailable("error.pdf.busy");
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unavailable("error.pdf.busy");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refusal refusal) {
                throw refusal;
            }
            throw new InvalidInput("file", "error.evidence.notPdf");
        }
    }

    /** Parses running or waiting, for tests that check a worker is freed. */
    public int busy() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
