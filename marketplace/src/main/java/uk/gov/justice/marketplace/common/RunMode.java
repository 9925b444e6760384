package uk.gov.justice.marketplace.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Whether this is a developer's or a demo's run, where conveniences unsafe in production are allowed (a
 * self-signed contract seal). Off unless asked for: MARKETPLACE_DEVELOPMENT=true, --demo, or the test suite.
 */
@ConfigurationProperties("marketplace")
public record RunMode(@Bindable(defaultValue = "false") boolean development) {}
