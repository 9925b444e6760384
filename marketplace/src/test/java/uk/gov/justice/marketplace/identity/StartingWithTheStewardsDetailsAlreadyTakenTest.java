package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * The service ran for a while without a configured steward and people registered; then the operator configures
 * MARKETPLACE_STEWARD_EMAIL and _PASSWORD. The bootstrap must not take over what they registered.
 */
class StartingWithTheStewardsDetailsAlreadyTakenTest {

    private static final String STEWARD_EMAIL = "steward@justice.example.org";
    private static final String STEWARD_PASSWORD = "the operator's secret passphrase";
    private static final String OWN_PASSWORD = "the charity's own passphrase";

    private static EmbeddedServer start(Map<String, Object> database, boolean withSteward) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        if (withSteward) {
            properties.put("marketplace.steward.email", STEWARD_EMAIL);
            properties.put("marketplace.steward.password", STEWARD_PASSWORD);
        }
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static Map<String, Object> freshDatabase() {
        return new HashMap<>(
                TestDatabase.freshDatabaseProperties(StartingWithTheStewardsDetailsAlreadyTakenTest.class));
    }

    private static void register(EmbeddedServer server, String organisation, String email) {
        assertThat(server.getApplicationContext()
                        .getBean(Portal.class)
                        .api()
                        .post(
                                "/api/registrations",
                                """
                {"organisationName": "%s", "fullName": "Early Bird", "email": "%s",
                 "password": "%s", "confirmPassword": "%s"}"""
                                        .formatted(organisation, email, OWN_PASSWORD, OWN_PASSWORD))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void a_charity_admin_who_registered_with_the_steward_email_keeps_their_password_and_is_not_made_steward() {
        Map<String, Object> database = freshDatabase();
        try (EmbeddedServer before = start(database, false)) {
            register(before, "Early Bird Charity", STEWARD_EMAIL);
        }

        try (EmbeddedServer after = start(database, true)) {
            Portal portal = after.getApplicationContext().getBean(Portal.class);
            assertThat(portal.newBrowser()
                            .signIn(STEWARD_EMAIL, STEWARD_PASSWORD)
                            .status())
                    .isEqualTo(422);
            PortalClient charity = portal.newBrowser();
            assertThat(charity.signIn(STEWARD_EMAIL, OWN_PASSWORD).status()).isEqualTo(303);
            assertThat(charity.get("/organisations").status()).isEqualTo(403);
            Accounts accounts = after.getApplicationContext().getBean(Accounts.class);
            assertThat(accounts.viewer(STEWARD_EMAIL).roles()).doesNotContain(Role.STEWARD);
            assertThat(accounts.viewer(STEWARD_EMAIL).organisationKind()).isEqualTo(OrganisationKind.VCSE_PROVIDER);
        }
    }

    @Test
    void an_organisation_registered_with_the_steward_organisations_name_is_left_alone() {
        Map<String, Object> database = freshDatabase();
        try (EmbeddedServer before = start(database, false)) {
            register(before, StewardBootstrap.STEWARD_ORGANISATION, "early@bird.example.org");
        }

        try (EmbeddedServer after = start(database, true)) {
            Portal portal = after.getApplicationContext().getBean(Portal.class);
            PortalClient steward = portal.newBrowser();
            assertThat(steward.signIn(STEWARD_EMAIL, STEWARD_PASSWORD).status()).isEqualTo(303);
            assertThat(steward.get("/organisations").status()).isEqualTo(200);
            Accounts accounts = after.getApplicationContext().getBean(Accounts.class);
            Viewer stewardViewer = accounts.viewer(STEWARD_EMAIL);
            Viewer charity = accounts.viewer("early@bird.example.org");
            assertThat(stewardViewer.organisationId()).isNotEqualTo(charity.organisationId());
            assertThat(charity.organisationKind()).isEqualTo(OrganisationKind.VCSE_PROVIDER);
            assertThat(charity.roles()).doesNotContain(Role.STEWARD);
            ApiClient api = portal.api(accounts.tokenFor(STEWARD_EMAIL));
            assertThat(api.get("/api/organisations").body())
                    .contains(StewardBootstrap.STEWARD_ORGANISATION + Provisioning.STEWARD_NAME_SUFFIX);
        }
        try (EmbeddedServer again = start(database, true)) {
            assertThat(again.getApplicationContext()
                            .getBean(Portal.class)
                            .newBrowser()
                            .signIn(STEWARD_EMAIL, STEWARD_PASSWORD)
                            .status())
                    .as("a second start-up finds the same steward")
                    .isEqualTo(303);
        }
    }
}
