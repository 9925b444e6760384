package uk.gov.justice.marketplace.register;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Which search engine answers (MARKETPLACE_SEARCH_ELASTICSEARCH_URL: none by default, so the embedded Lucene) and the
 * Elasticsearch alias the provider documents live under (MARKETPLACE_SEARCH_INDEX_ALIAS). Public because the rate
 * card's search runs on the same engine.
 */
@ConfigurationProperties("marketplace.search")
public record SearchSettings(
        @Nullable String elasticsearchUrl, @Bindable(defaultValue = "providers") String indexAlias) {}
