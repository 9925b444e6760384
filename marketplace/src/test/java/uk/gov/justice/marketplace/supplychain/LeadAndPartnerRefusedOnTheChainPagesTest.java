package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * A lead removing a partner and a partner declining an invitation write a reason longer than a chain keeps: the
 * page comes back with the error summary and the reason as they wrote it, to shorten rather than write again.
 */
@MarketplaceTest
class LeadAndPartnerRefusedOnTheChainPagesTest implements FreshDatabase {

    private static final String TOO_LONG = "The partner has not delivered the sessions agreed. ".repeat(40);

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private String chain;
    private String member;
    private String leadEmail;
    private String invitedEmail;

    @BeforeAll
    void aChainWithAPartnerAndAnInvitation() {
        leadEmail = accounts.leadProvider("Cymru Rehabilitation Partnership");
        ApiClient lead = portal.api(accounts.tokenFor(leadEmail));
        chain = lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Wales women's services bid 2027", "area": "region-wales", "purpose": "BID",
                 "contractValue": {"amount": 1000000, "currency": "GBP"}}""")
                .body()
                .replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient partner = providers.approve(
                EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "region-wales"));
        ApiClient invited = providers.approve(
                EoiAnswersJson.complete("Swansea Recovery", "drugs-alcohol", "mental-health-needs", "south-wales"));
        member = partner.me("organisationId");
        invitedEmail = invited.me("email");
        lead.post("/api/supply-chains/" + chain + "/invitations", "{\"partnerId\": \"" + member + "\"}");
        partner.post("/api/supply-chains/" + chain + "/acceptance", "");
        lead.post(
                "/api/supply-chains/" + chain + "/invitations",
                "{\"partnerId\": \"" + invited.me("organisationId") + "\"}");
    }

    @Test
    void a_removal_reason_too_long_is_refused_and_shown_again_as_written() {
        PortalClient lead = portal.signedIn(leadEmail);
        lead.get("/supply-chains/" + chain + "/partners/" + member + "/terms");

        HttpAnswer refused =
                lead.post("/supply-chains/" + chain + "/partners/" + member + "/removal", Map.of("reason", TOO_LONG));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#reason\"", TOO_LONG.strip());
    }

    @Test
    void a_declining_reason_too_long_is_refused_and_shown_again_as_written() {
        PortalClient partner = portal.signedIn(invitedEmail);
        partner.get("/supply-chains");

        HttpAnswer refused = partner.post("/supply-chains/" + chain + "/declination", Map.of("reason", TOO_LONG));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#reason-" + chain + "\"", TOO_LONG.strip());
    }
}
