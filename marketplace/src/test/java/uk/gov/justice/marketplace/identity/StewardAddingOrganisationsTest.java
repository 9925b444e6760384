package uk.gov.justice.marketplace.identity;

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
class StewardAddingOrganisationsTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private PortalClient steward() {
        PortalClient steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);
        steward.get("/organisations");
        return steward;
    }

    @Test
    void the_steward_adds_a_police_and_crime_commissioner_and_gets_the_link_for_its_admin() {
        PortalClient steward = steward();

        HttpAnswer added = steward.post(
                "/organisations",
                Map.of(
                        "name",
                        "Dyfed-Powys Police and Crime Commissioner",
                        "kind",
                        "COMMISSIONER",
                        "commissionerType",
                        "PCC",
                        "adminFullName",
                        "Siân Price",
                        "adminEmail",
                        "sian@dyfed-powys-pcc.example.org"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body())
                .contains(
                        "/invitations/inv_",
                        "Dyfed-Powys Police and Crime Commissioner",
                        "Police and Crime Commissioner");
    }

    @Test
    void every_mistake_is_listed_and_what_was_typed_is_kept() {
        HttpAnswer refused = steward()
                .post(
                        "/organisations",
                        Map.of(
                                "name",
                                "Some Lead Provider",
                                "kind",
                                "LEAD_PROVIDER",
                                "commissionerType",
                                "PCC",
                                "adminFullName",
                                "",
                                "adminEmail",
                                "not an email"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "href=\"#commissionerType\"",
                        "href=\"#adminFullName\"",
                        "href=\"#adminEmail\"",
                        "value=\"Some Lead Provider\"");
        assertThat(steward().get("/organisations").body()).doesNotContain("Some Lead Provider</td>");
    }

    @Test
    void only_the_steward_sees_the_organisations() {
        PortalClient provider = portal.newBrowser();
        provider.signIn(accounts.providerAdmin("Gwent Women's Centre"), Accounts.PASSWORD);

        assertThat(provider.get("/organisations").status()).isEqualTo(403);
    }
}
