package uk.gov.justice.marketplace.ratecard;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.marketplace.register.SearchSettings;
import uk.gov.justice.marketplace.search.AreaGeography;
import uk.gov.justice.marketplace.search.DocumentIndex;
import uk.gov.justice.marketplace.search.ElasticsearchDocumentIndex;
import uk.gov.justice.marketplace.search.LuceneDocumentIndex;
import uk.gov.justice.marketplace.search.RateCardDocument;
import uk.gov.justice.marketplace.search.RateCardKind;

/** The rate card's index on the engine provider search uses: an alias of its own on Elasticsearch, or Lucene. */
@Factory
class RateCardSearchEngine {

    private static final Logger LOG = LoggerFactory.getLogger(RateCardSearchEngine.class);

    @Singleton
    @Bean(preDestroy = "close")
    DocumentIndex<RateCardDocument> rateCardIndex(
            SearchSettings search, RateCardSearchSettings settings, AreaGeography geography, Clock clock) {
        String url = search.elasticsearchUrl();
        if (url == null || url.isBlank()) {
            return new LuceneDocumentIndex<>(RateCardKind.KIND, geography);
        }
        ElasticsearchDocumentIndex<RateCardDocument> index =
                new ElasticsearchDocumentIndex<>(RateCardKind.KIND, url, settings.indexAlias(), geography, clock);
        try {
            index.ensureIndex();
        } catch (RuntimeException unreachable) {
            LOG.warn(
                    "Elasticsearch is not answering yet; rate-card changes wait in the outbox: {}",
                    unreachable.getMessage());
        }
        return index;
    }
}
