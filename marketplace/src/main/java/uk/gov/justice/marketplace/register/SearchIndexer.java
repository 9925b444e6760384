package uk.gov.justice.marketplace.register;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.common.ScheduledJob;
import uk.gov.justice.marketplace.eoi.PublicationEvents;
import uk.gov.justice.marketplace.eoi.PublicationEvents.PublicationEvent;
import uk.gov.justice.marketplace.search.ProviderSearch;

/**
 * Keeps the search index in step with the register. Publication events are taken oldest first; each is applied by
 * reading the provider's current published version, so replaying one is harmless. If the engine fails, the batch
 * stops there (later changes never overtake earlier ones) and the event is tried again on the next run.
 */
@Singleton
class SearchIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 100;

    private final PublicationEvents events;
    private final ProviderDocuments documents;
    private final ProviderSearch search;
    private final Clock clock;

    SearchIndexer(PublicationEvents events, ProviderDocuments documents, ProviderSearch search, Clock clock) {
        this.events = events;
        this.documents = documents;
        this.search = search;
        this.clock = clock;
    }

    /** The embedded index lives in memory, and a new Elasticsearch index starts empty: fill either from the register. */
    @EventListener
    void onStartup(StartupEvent started) {
        if (search.health().providers() == 0) {
            try {
                rebuild();
            } catch (RuntimeException unreachable) {
                LOG.warn("Search index not built at start-up: {}", unreachable.getMessage());
            }
        }
    }

    @ScheduledJob("search indexer")
    @Scheduled(fixedDelay = "${marketplace.search.index-interval:100ms}", initialDelay = "1s")
    @Transactional
    void publish() {
        for (PublicationEvent event : events.claim(BATCH)) {
            try {
                documents
                        .of(event.eoiId())
                        .ifPresentOrElse(
                                search::index,
                                () -> search.remove(event.organisationId().toString()));
                events.done(event.id(), clock.instant());
            } catch (RuntimeException e) {
                LOG.warn(
                        "Search index behind the register (event {}, attempt {}): {}",
                        event.id(),
                        event.attempts() + 1,
                        e.getMessage());
                events.failed(event.id(), String.valueOf(e.getMessage()));
                return;
            }
        }
    }

    /** A full reindex from the register: a new index, switched to at once. */
    @Transactional
    public long rebuild() {
        search.replaceAll(documents.all());
        return search.health().providers();
    }
}
