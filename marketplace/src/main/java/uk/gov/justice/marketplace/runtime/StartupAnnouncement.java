package uk.gov.justice.marketplace.runtime;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the service where to find it and where its data lives. */
@Singleton
class StartupAnnouncement {
    static final String STARTED_NANOS = "marketplace.runtime.started-nanos";
    static final String DATA_LOCATION = "marketplace.runtime.data-location";
    private static final Logger LOG = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final LaunchFacts launch;

    StartupAnnouncement(LaunchFacts launch) {
        this.launch = launch;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        String elapsed = launch.startedNanos() == 0
                ? ""
                : " in "
                        + Duration.ofNanos(System.nanoTime() - launch.startedNanos())
                                .toMillis() + " ms";
        LOG.info("Marketplace ready at {}{} ({})", event.getSource().getURL(), elapsed, launch.dataLocation());
    }
}
