package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * A rival lead provider (or anyone) polls the monitoring endpoints to learn when a concern or its evidence arrived,
 * or what database the service runs on. Probes still get UP or DOWN; the figures are the steward's.
 */
@MarketplaceTest
class AnOutsiderReadingHealthAndMetricsTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/readiness", "/health/liveness"})
    void health_tells_anyone_only_up_or_down(String path) {
        HttpAnswer health = portal.api().get(path);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void health_tells_a_signed_in_provider_no_more() {
        HttpAnswer health = portal.api(accounts.tokenFor(accounts.leadProvider("Northern Pathways Partnership")))
                .get("/health");

        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void the_steward_sees_the_details() {
        HttpAnswer health = portal.api(accounts.tokenFor(accounts.steward())).get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"details\"", "jdbc");
    }

    @Test
    void metrics_are_for_the_steward_alone() {
        assertThat(portal.api().getAccepting("/prometheus", "text/plain").status())
                .isEqualTo(401);
        assertThat(portal.api(accounts.tokenFor(accounts.leadProvider("Northern Pathways Partnership")))
                        .getAccepting("/prometheus", "text/plain")
                        .status())
                .isEqualTo(403);

        HttpAnswer metrics =
                portal.api(accounts.tokenFor(accounts.steward())).getAccepting("/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/beans", "/routes", "/info", "/metrics", "/flyway", "/threaddump", "/loggers"})
    void no_other_management_endpoint_answers(String path) {
        assertThat(portal.api(accounts.tokenFor(accounts.steward())).get(path).status())
                .isEqualTo(404);
    }
}
