package uk.gov.justice.marketplace.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.search.ElasticsearchNode;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * The service on a real Elasticsearch node that goes down: approvals made meanwhile wait in the outbox, search says
 * it is unavailable, and when the node is back the backlog drains and nothing is lost.
 */
@MarketplaceTest
class SearchOutageTest implements FreshDatabase {

    private final ElasticsearchNode node = ElasticsearchNode.shared();

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FreshDatabase.super.getProperties());
        properties.put("marketplace.search.elasticsearch-url", node.url());
        properties.put("marketplace.search.index-alias", "outage-providers");
        return properties;
    }

    @Test
    void an_approval_made_while_elasticsearch_is_down_is_searchable_once_it_is_back() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Northern Pathways Partnership")));
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        providers.approve(EoiAnswersJson.complete("Before The Outage Trust", "accommodation", "women", "gwent"));
        Eventually.within(
                Duration.ofSeconds(30),
                () -> lead.get("/api/search?text=outage").body().contains("Before The Outage Trust"));
        assertThat(steward.get("/api/search/health").body()).contains("\"engine\":\"elasticsearch\"");

        node.stop();
        try {
            providers.approve(EoiAnswersJson.complete("During The Outage Trust", "accommodation", "women", "gwent"));
            HttpAnswer unavailable = lead.get("/api/search?text=outage");
            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.contentType()).contains("application/problem+json");
            Eventually.within(
                    Duration.ofSeconds(30),
                    () -> steward.get("/api/search/health").body().contains("\"backlog\":1"));
        } finally {
            node.start();
        }

        Eventually.within(
                Duration.ofSeconds(30),
                () -> lead.get("/api/search?text=outage&sort=name").body().contains("\"total\":2"));
        assertThat(lead.get("/api/search?text=outage&sort=name").body())
                .contains("Before The Outage Trust", "During The Outage Trust");
        assertThat(steward.get("/api/search/health").body()).contains("\"backlog\":0", "\"up\":true");
    }
}
