package uk.gov.justice.marketplace.runtime;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Readiness is DOWN from the moment the service is told to stop, while it still answers the work in hand. */
@Singleton
@Readiness
class Draining implements HealthIndicator {

    private volatile boolean stopping;

    void begin() {
        stopping = true;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("shutdown", stopping ? HealthStatus.DOWN : HealthStatus.UP)
                .build());
    }
}
