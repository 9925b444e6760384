package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long a client has to send a request's line and headers (from the moment it connects or its previous answer
 * was sent), and then its body. Netty's idle timeouts restart with every byte, so a client sending one byte every
 * few seconds would hold its connection for ever without these (see {@link RequestDeadlines}). The body's limit
 * leaves a 64 MB evidence upload about 500 kB/s.
 */
@ConfigurationProperties("marketplace.connections")
public record ConnectionSettings(
        @Bindable(defaultValue = "10s") Duration headerTimeout, @Bindable(defaultValue = "2m") Duration bodyTimeout) {}
