package uk.gov.justice.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The contract on the embedded default. */
class LuceneProviderSearchTest extends ProviderSearchContract {

    @Override
    ProviderSearch newEngine() {
        return new LuceneProviderSearch(SearchFixtures.GEOGRAPHY);
    }

    @Test
    void a_provider_approved_while_the_register_is_rebuilt_is_found_once() throws InterruptedException {
        ProviderSearch search = newEngine();
        AtomicReference<Thread> approval = new AtomicReference<>();
        search.replaceAll(SearchFixtures.PROVIDERS.stream().peek(provider -> {
            if (approval.get() == null) {
                approval.set(new Thread(() -> search.index(SearchFixtures.PROVIDERS.get(0))));
                approval.get().start();
                join(approval.get());
            }
        }));
        approval.get().join();

        assertThat(search.search(ProviderQuery.builder().build()).ids())
                .containsOnlyOnce(SearchFixtures.GWENT)
                .hasSize(SearchFixtures.PROVIDERS.size());
        search.close();
    }

    /** Long enough for a write that does not wait for the rebuild to land in the middle of it. */
    private static void join(Thread thread) {
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
