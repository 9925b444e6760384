package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** Tells whoever started the service where to find it and where its data lives. */
@Singleton
class StartupAnnouncement {
    static final String STARTED_NANOS = "marketplace.runtime.started-nanos";
    static final String DATA_LOCATION = "marketplace.runtime.data-location";
    private static final Logger LOG = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final Long startedNanos;
    private final String dataLocation;

    StartupAnnouncement(@Value("${" + STARTED_NANOS + ":0}") Long startedNanos,
                        @Value("${" + DATA_LOCATION + ":configured datasource}") String dataLocation) {
        this.startedNanos = startedNanos;
        this.dataLocation = dataLocation;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        String elapsed = startedNanos == 0 ? ""
                : " in " + Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() + " ms";
        LOG.info("Marketplace ready at {}{} ({})", event.getSource().getURL(), elapsed, dataLocation);
    }
}
