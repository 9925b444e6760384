package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

@MarketplaceTest
@Property(name = "marketplace.demo.enabled", value = "true")
class StartingWithTheDemoMarketTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Accounts accounts;

    @Test
    void the_demo_market_has_an_organisation_of_every_kind() {
        Viewer steward = new Viewer(
                UUID.randomUUID(),
                "steward@example.org",
                "Steward",
                UUID.randomUUID(),
                "Stewardship",
                OrganisationKind.MARKET_STEWARD,
                Set.of(Role.STEWARD));

        assertThat(directory.all(steward))
                .extracting(Organisation::kind)
                .contains(OrganisationKind.values())
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void demo_providers_are_on_the_register_through_the_real_review_and_searchable() {
        assertThat(portal.api().get("/api/register").body())
                .contains(
                        "Leeds Mentoring Trust",
                        "Tyneside Housing Pathways",
                        "Brixton Recovery Collective",
                        "Cardiff Women's Housing")
                .doesNotContain("Gwent Women's Centre");
        String steward = portal.api(accounts.tokenFor(accounts.steward()))
                .get("/api/audit?action=eoi.approved")
                .body();
        assertThat(steward).contains("Demo market: approved as an example provider");
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Demo Search Partnership")));
        Eventually.within(
                Duration.ofSeconds(5),
                () -> lead.get("/api/search?text=women&area=gwent").body().contains("Cardiff Women's Housing"));
    }

    @Test
    void demo_accounts_exist_but_their_password_is_not_known_in_advance() {
        assertThat(portal.newBrowser()
                        .signIn("steward@demo.example.org", "demo-password")
                        .status())
                .isEqualTo(422);
    }
}
