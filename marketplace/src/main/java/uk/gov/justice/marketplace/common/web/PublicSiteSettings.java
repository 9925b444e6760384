package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where users reach the service (MARKETPLACE_PUBLIC_URL) and whether it is behind TLS. {@code secureCookies} is
 * MARKETPLACE_SESSION_SECURE_COOKIES: {@code auto} (the default) decides from the public address, {@code true} or
 * {@code false} overrides that.
 */
@ConfigurationProperties("marketplace.web")
public record PublicSiteSettings(
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl,
        @Bindable(defaultValue = "auto") String secureCookies) {}
