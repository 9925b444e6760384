package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/** The largest body a route that takes no file accepts (forms and JSON are a few kilobytes). */
@ConfigurationProperties("marketplace.requests")
public record RequestSettings(@Bindable(defaultValue = "1MB") @ReadableBytes long maxBodySize) {}
