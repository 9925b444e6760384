package uk.gov.justice.marketplace.register;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.reference.Area;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.search.AreaGeography;
import uk.gov.justice.marketplace.search.ElasticsearchProviderSearch;
import uk.gov.justice.marketplace.search.LuceneProviderSearch;
import uk.gov.justice.marketplace.search.ProviderSearch;

/**
 * The search engine: Elasticsearch when MARKETPLACE_SEARCH_ELASTICSEARCH_URL is set, otherwise the embedded Lucene
 * default. Both are fed the same areas from the reference data.
 */
@Factory
class SearchEngines {

    private static final Logger LOG = LoggerFactory.getLogger(SearchEngines.class);

    /** Every kind of document is matched by area the same way, so the rate card's search uses this too. */
    @Singleton
    AreaGeography areaGeography(Areas areas) {
        return new AreaGeography(areas.all().stream().collect(Collectors.toMap(Area::code, Area::policeForceAreas)));
    }

    @Singleton
    @Bean(preDestroy = "close")
    ProviderSearch providerSearch(AreaGeography geography, Clock clock, SearchSettings settings) {
        String elasticsearchUrl = settings.elasticsearchUrl();
        String alias = settings.indexAlias();
        if (elasticsearchUrl == null || elasticsearchUrl.isBlank()) {
            LOG.info("Provider search: embedded Lucene (set MARKETPLACE_SEARCH_ELASTICSEARCH_URL for Elasticsearch)");
            return new LuceneProviderSearch(geography);
        }
        LOG.info("Provider search: Elasticsearch at {}, alias {}", elasticsearchUrl, alias);
        ElasticsearchProviderSearch search = new ElasticsearchProviderSearch(elasticsearchUrl, alias, geography, clock);
        try {
            search.ensureIndex();
        } catch (RuntimeException unreachable) {
            LOG.warn("Elasticsearch is not answering yet; changes wait in the outbox: {}", unreachable.getMessage());
        }
        return search;
    }
}
