package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * A partner leaves an invitation unanswered past the end of its tenth working day and then tries to accept it.
 * Nothing runs at the deadline: the invitation is expired because its date has passed, for the lead and the
 * partner alike, over the API and in the portal, and the late acceptance is refused saying why.
 */
@MarketplaceTest
class PartnerAnsweringAnInvitationPastItsDeadlineTest implements FreshDatabase {

    private static final String ID = "(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*";

    private final MovableClock clock = new MovableClock();

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void the_invitation_is_open_to_its_deadline_then_expired_for_lead_and_partner_and_cannot_be_accepted() {
        String leadEmail = accounts.leadProvider("Cymru Rehabilitation Partnership");
        ApiClient lead = portal.api(accounts.tokenFor(leadEmail));
        ApiClient partner =
                providers.approve(EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "gwent"));
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        String chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Gwent pilot", "area": "region-wales", "purpose": "BID",
                 "contractValue": {"amount": 500000, "currency": "GBP"}}""")
                .body()
                .replaceAll(ID, "$1");
        String invited = lead.post(
                        "/api/supply-chains/" + chain + "/invitations",
                        "{\"partnerId\": \"" + field(partner.get("/api/me").body(), "organisationId")
                                + "\", \"message\": \"Join us\"}")
                .body();
        Instant deadline = Instant.parse(field(invited, "expiresAt"));

        clock.advanceTo(deadline.minusSeconds(60));
        assertThat(field(lead.get("/api/supply-chains/" + chain).body(), "status"))
                .isEqualTo("INVITED");

        clock.advanceTo(deadline);
        assertThat(field(lead.get("/api/supply-chains/" + chain).body(), "status"))
                .isEqualTo("EXPIRED");
        assertThat(field(partner.get("/api/supply-chains/" + chain).body(), "status"))
                .isEqualTo("EXPIRED");
        assertThat(partner.get("/api/supply-chains").body())
                .contains("\"status\":\"EXPIRED\"")
                .doesNotContain("\"status\":\"INVITED\"");
        assertThat(signedIn(leadEmail).get("/supply-chains/" + chain).body()).contains("Invitation expired");
        assertThat(signedIn(field(partner.get("/api/me").body(), "email"))
                        .get("/supply-chains")
                        .body())
                .contains("Invitation expired");

        HttpAnswer late = partner.post("/api/supply-chains/" + chain + "/acceptance", "");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).contains("application/problem+json");
        assertThat(late.body()).contains("This invitation has already been answered or has expired");
        assertThat(field(lead.get("/api/supply-chains/" + chain).body(), "status"))
                .isEqualTo("EXPIRED");
        assertThat(steward.get("/api/audit?action=supply-chain.").body())
                .contains("supply-chain.partner-invited")
                .doesNotContain("supply-chain.invitation-accepted");
    }

    private PortalClient signedIn(String email) {
        PortalClient browser = portal.newBrowser();
        browser.signIn(email, Accounts.PASSWORD);
        return browser;
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
