package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.AuditFixtures;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.LogLines;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/** Nobody asks: the platform publishes the chain's head at the configured interval, to the table and the log. */
@MarketplaceTest
class CheckpointsOnAScheduleTest implements FreshDatabase {

    private final LogLines log = LogLines.of(AuditCheckpoints.class);

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditFixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.audit.checkpoints.interval", "300ms");
        return properties;
    }

    @AfterAll
    void stopListening() {
        log.close();
    }

    @Test
    void the_head_is_published_and_logged_without_anyone_asking() {
        AuditEntry head = fixtures.decide("award.published");

        Eventually.within(
                Duration.ofSeconds(10),
                () -> !checkpoints.newestFirst(1).isEmpty()
                        && checkpoints.newestFirst(1).get(0).entryCount() >= head.sequence());
        AuditCheckpoint published = checkpoints.newestFirst(1).get(0);
        assertThat(checkpoints.seal().signed(published)).isTrue();
        assertThat(log.written()).anySatisfy(line -> assertThat(line)
                .contains("INFO", "Audit checkpoint", "signature=" + published.signature()));
    }
}
