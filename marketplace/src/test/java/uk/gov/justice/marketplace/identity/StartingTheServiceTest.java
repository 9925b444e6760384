package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/** The first steward comes from the environment at start-up; nothing else can create one. */
@MarketplaceTest
@Property(name = "marketplace.steward.email", value = "First.Steward@justice.example.org")
@Property(name = "marketplace.steward.password", value = "from the environment only")
class StartingTheServiceTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void the_configured_steward_can_sign_in_and_read_the_audit_trail() {
        var steward = portal.newBrowser();

        assertThat(steward.signIn("first.steward@justice.example.org", "from the environment only")
                        .location())
                .isEqualTo("/dashboard");
        HttpAnswer trail = steward.get("/audit");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("user.provisioned", "configured at start-up");
    }

    @Test
    void errors_from_the_api_come_in_welsh_when_asked_for() {
        HttpAnswer answer = portal.api().withLanguage("cy").post("/api/registrations", "{}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("Rhowch enw eich sefydliad");
    }

    @Test
    void health_and_metrics_answer_for_operations() {
        assertThat(portal.api().get("/health/readiness").status()).isEqualTo(200);
        assertThat(portal.api(accounts.tokenFor(accounts.steward()))
                        .getAccepting("/prometheus", "text/plain")
                        .body())
                .contains("jvm_memory_used_bytes");
        assertThat(portal.api()
                        .getAccepting("/api/openapi.yml", "application/yaml")
                        .body())
                .contains("openapi:", "/api/registrations")
                .doesNotContain("/sign-in");
    }
}
