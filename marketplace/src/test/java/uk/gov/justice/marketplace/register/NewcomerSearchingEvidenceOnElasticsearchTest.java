package uk.gov.justice.marketplace.register;

import java.util.HashMap;
import java.util.Map;
import uk.gov.justice.marketplace.search.ElasticsearchNode;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/** The evidence finding on a real Elasticsearch node. */
@MarketplaceTest
class NewcomerSearchingEvidenceOnElasticsearchTest extends NewcomerSearchingEvidence {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(
                "marketplace.search.elasticsearch-url",
                ElasticsearchNode.shared().url());
        properties.put("marketplace.search.index-alias", "newcomer-evidence-providers");
        return properties;
    }
}
