package uk.gov.justice.marketplace.ratecard;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The Elasticsearch alias the rate card's services live under (MARKETPLACE_RATE_CARD_SEARCH_INDEX_ALIAS), beside
 * the providers' alias on the same engine; the engine itself is the provider search's.
 */
@ConfigurationProperties("marketplace.rate-card.search")
record RateCardSearchSettings(@Bindable(defaultValue = "rate-card") String indexAlias) {}
