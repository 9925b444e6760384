package uk.gov.justice.marketplace.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How much of the machine reading uploaded PDFs may take: a few workers with a short queue, so crafted files sent
 * at once cannot take every request thread, a time limit per file, and a page limit (evidence and contracts run to
 * tens of pages, not thousands).
 */
@ConfigurationProperties("marketplace.pdf")
public record PdfLimits(
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "8") int queue,
        @Bindable(defaultValue = "10s") Duration timeout,
        @Bindable(defaultValue = "500") int maxPages) {}
