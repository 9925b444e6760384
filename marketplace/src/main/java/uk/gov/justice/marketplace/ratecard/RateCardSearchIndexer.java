package uk.gov.justice.marketplace.ratecard;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.common.ScheduledJob;
import uk.gov.justice.marketplace.search.DocumentIndex;
import uk.gov.justice.marketplace.search.RateCardDocument;

/**
 * Keeps the rate card's index in step with its tables. Changes are taken oldest first; each is applied by reading the
 * service as it stands (index it, or remove it if no longer published), so replaying one is harmless. If the engine
 * fails, the batch stops there (later changes never overtake earlier ones) and it is tried again on the next run.
 * A document holds today's price and this period's capacity, both of which change at midnight with no row written,
 * so the first run on a new day rebuilds the whole index.
 */
@Singleton
class RateCardSearchIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(RateCardSearchIndexer.class);
    private static final int BATCH = 100;

    private final RateCardSearchOutbox outbox;
    private final RateCardDocuments documents;
    private final DocumentIndex<RateCardDocument> index;
    private final Clock clock;
    private volatile LocalDate builtFor;

    RateCardSearchIndexer(
            RateCardSearchOutbox outbox,
            RateCardDocuments documents,
            DocumentIndex<RateCardDocument> index,
            Clock clock) {
        this.outbox = outbox;
        this.documents = documents;
        this.index = index;
        this.clock = clock;
    }

    /** The embedded index lives in memory, and a new Elasticsearch index starts empty: fill either from the tables. */
    @EventListener
    void onStartup(StartupEvent started) {
        try {
            if (index.health().documents() == 0) {
                rebuild();
            } else {
                builtFor = LocalDate.now(clock);
            }
        } catch (RuntimeException unreachable) {
            LOG.warn("Rate-card search index not built at start-up: {}", unreachable.getMessage());
        }
    }

    @ScheduledJob("rate-card search indexer")
    @Scheduled(fixedDelay = "${marketplace.search.index-interval:100ms}", initialDelay = "1s")
    @Transactional
    void publish() {
        if (!LocalDate.now(clock).equals(builtFor)) {
            rebuild();
        }
        for (RateCardSearchOutbox.Change change : outbox.claim(BATCH)) {
            try {
                documents
                        .of(change.serviceId())
                        .ifPresentOrElse(
                                index::index,
                                () -> index.remove(change.serviceId().toString()));
                outbox.done(change.id(), clock.instant());
            } catch (RuntimeException e) {
                LOG.warn(
                        "Rate-card search behind the rate card (change {}, attempt {}): {}",
                        change.id(),
                        change.attempts() + 1,
                        e.getMessage());
                outbox.failed(change.id(), String.valueOf(e.getMessage()));
                return;
            }
        }
    }

    /** A full reindex from the tables: a new index, switched to at once. */
    @Transactional
    long rebuild() {
        LocalDate today = LocalDate.now(clock);
        index.replaceAll(documents.all());
        builtFor = today;
        return index.health().documents();
    }
}
