package uk.gov.justice.marketplace.runtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * What the Launcher learnt before the application context started (when it began, where the data lives), passed in
 * as properties under marketplace.runtime; started without the Launcher (tests), the service says neither.
 */
@ConfigurationProperties("marketplace.runtime")
record LaunchFacts(
        @Bindable(defaultValue = "0") long startedNanos,
        @Bindable(defaultValue = "configured datasource") String dataLocation) {}
