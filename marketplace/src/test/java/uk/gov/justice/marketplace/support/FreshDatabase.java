package uk.gov.justice.marketplace.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Implemented by a {@link MarketplaceTest} class: its application context gets a database of its own. */
public interface FreshDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.freshDatabaseProperties(getClass());
    }
}
