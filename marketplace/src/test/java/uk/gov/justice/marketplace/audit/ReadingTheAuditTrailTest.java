package uk.gov.justice.marketplace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

@MarketplaceTest
class ReadingTheAuditTrailTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void the_steward_sees_who_registered_and_that_the_chain_is_intact() {
        PortalClient charity = portal.newBrowser();
        charity.get("/register");
        charity.post(
                "/register",
                Map.of(
                        "organisationName",
                        "Swansea Veterans Hub",
                        "fullName",
                        "Ioan Rees",
                        "email",
                        "ioan@veterans.example.org",
                        "password",
                        Accounts.PASSWORD,
                        "confirmPassword",
                        Accounts.PASSWORD));
        PortalClient steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);

        HttpAnswer trail = steward.get("/audit?action=organisation.registered");

        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body())
                .contains(
                        "ioan@veterans.example.org",
                        "organisation.registered",
                        "Swansea Veterans Hub",
                        "govuk-tag--green");
    }

    @Test
    void a_provider_cannot_read_the_trail() {
        PortalClient provider = portal.newBrowser();
        provider.signIn(accounts.providerAdmin("Gwent Women's Centre"), Accounts.PASSWORD);

        assertThat(provider.get("/audit").status()).isEqualTo(403);
    }

    @Test
    void a_date_that_is_not_a_date_is_an_error_not_a_crash() {
        PortalClient steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);

        assertThat(steward.get("/audit?from=31-02-2026").status()).isEqualTo(422);
    }
}
