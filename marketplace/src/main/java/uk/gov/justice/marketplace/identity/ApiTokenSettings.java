package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How long a new API token works: a forgotten token in an old script stops working on its own. */
@ConfigurationProperties("marketplace.api-tokens")
public record ApiTokenSettings(@Bindable(defaultValue = "90d") Duration validFor) {}
