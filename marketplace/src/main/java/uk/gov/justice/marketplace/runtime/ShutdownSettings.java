package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long, after SIGTERM, the service goes on answering with its readiness probe DOWN before it stops accepting
 * connections and drains: long enough for a load balancer polling readiness to stop sending it new work.
 */
@ConfigurationProperties("marketplace.shutdown")
public record ShutdownSettings(@Bindable(defaultValue = "2s") Duration readinessDelay) {}
