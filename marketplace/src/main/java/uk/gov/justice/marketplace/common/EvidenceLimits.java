package uk.gov.justice.marketplace.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * How large an evidence PDF may be, for an EoI and for a concern alike: the size the portal and the API tell
 * people, checked before the body is read and again on the bytes.
 *
 * @param maxFileSize {@code marketplace.evidence.max-file-size}, e.g. 10MB
 */
@ConfigurationProperties("marketplace.evidence")
public record EvidenceLimits(@ReadableBytes @Bindable(defaultValue = "10MB") long maxFileSize) {}
