package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
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
 * Journey 2's supply chain through the API: a lead provider bidding for Wales invites three providers from the
 * register, one declines, two accept, it records their terms at 20% risk transfer and 30-day payment, and nothing
 * is flagged; the steward sees the chain's figures. Then the limits at work, and bad input refused.
 */
@MarketplaceTest
class AssemblingASupplyChainTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private ApiClient lead;
    private ApiClient steward;
    private ApiClient womensCentre;
    private ApiClient housing;
    private ApiClient recovery;

    @BeforeAll
    void aRegister() {
        womensCentre =
                providers.approve(EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "gwent"));
        housing = providers.approve(
                EoiAnswersJson.complete("Tai Cymru Housing", "accommodation", "women", "region-wales"));
        recovery = providers.approve(
                EoiAnswersJson.complete("Swansea Recovery", "drugs-alcohol", "mental-health-needs", "south-wales"));
        lead = portal.api(accounts.tokenFor(accounts.leadProvider("Cymru Rehabilitation Partnership")));
        steward = portal.api(accounts.tokenFor(accounts.steward()));
    }

    @Test
    void three_invited_two_accept_terms_recorded_and_nothing_is_flagged() {
        String chain = started("Wales women's services bid");
        invite(chain, womensCentre);
        invite(chain, housing);
        invite(chain, recovery);

        assertThat(recovery.post(
                                "/api/supply-chains/" + chain + "/declination",
                                "{\"reason\": \"No capacity for a new contract this year\"}")
                        .status())
                .isEqualTo(200);
        assertThat(womensCentre
                        .post("/api/supply-chains/" + chain + "/acceptance", "")
                        .status())
                .isEqualTo(200);
        assertThat(housing.post("/api/supply-chains/" + chain + "/acceptance", "")
                        .status())
                .isEqualTo(200);
        terms(chain, womensCentre, "180000", 30, "20");
        String view = terms(chain, housing, "220000", 30, "20").body();

        assertThat(view)
                .contains(
                        "\"flags\":[]",
                        "\"vcseSharePercent\":40.0",
                        "\"weightedRiskTransferPercent\":20.0",
                        "\"partners\":2",
                        "No capacity for a new contract this year");
        String overview = steward.get("/api/stewardship/chains?area=gwent").body();
        assertThat(overview).contains("Wales women's services bid", "Cymru Rehabilitation Partnership");
        assertThat(steward.getAccepting("/api/stewardship/chains.csv", "text/csv")
                        .body())
                .contains("Wales women's services bid,Cymru Rehabilitation Partnership,region-wales,BID,1000000");
        assertThat(steward.get("/api/audit?action=supply-chain.").body())
                .contains(
                        "supply-chain.partner-invited",
                        "supply-chain.invitation-declined",
                        "supply-chain.terms-recorded");
    }

    @Test
    void a_partner_sees_its_own_place_and_hears_of_its_invitation() {
        String chain = started("Gwent pilot");
        invite(chain, womensCentre);
        invite(chain, housing);

        String asPartner = womensCentre.get("/api/supply-chains/" + chain).body();
        assertThat(asPartner).contains("Gwent pilot", "Gwent Women's Centre").doesNotContain("Tai Cymru");
        PortalClient browser = portal.newBrowser();
        browser.signIn(
                womensCentre.get("/api/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1"),
                Accounts.PASSWORD);
        assertThat(browser.get("/dashboard").body().replace("&#39;", "'"))
                .contains(
                        "You have been invited to join a supply chain",
                        "Cymru Rehabilitation Partnership: Gwent pilot");
    }

    @Test
    void thirty_five_percent_risk_and_45_day_payment_each_raise_the_configured_flag() {
        String chain = started("Risky bid");
        invite(chain, womensCentre);
        invite(chain, housing);
        womensCentre.post("/api/supply-chains/" + chain + "/acceptance", "");
        housing.post("/api/supply-chains/" + chain + "/acceptance", "");
        terms(chain, womensCentre, "200000", 30, "35");
        String view = terms(chain, housing, "200000", 45, "10").body();

        assertThat(view)
                .contains(
                        "{\"rule\":\"RISK_TRANSFER_ABOVE_LIMIT\",\"partnerName\":\"Gwent Women's Centre\","
                                + "\"limit\":30,\"actual\":35}",
                        "{\"rule\":\"PAYMENT_TERMS_OVER_LIMIT\",\"partnerName\":"
                                + "\"Tai Cymru Housing\",\"limit\":30,\"actual\":45}");
        assertThat(steward.getAccepting("/api/stewardship/chains.csv", "text/csv")
                        .body())
                .contains("RISK_TRANSFER_ABOVE_LIMIT;PAYMENT_TERMS_OVER_LIMIT");

        assertThat(steward.put(
                                "/api/stewardship/limits",
                                """
                {"maxRiskTransferPercent": 40, "maxPaymentTermsDays": 60, "minVcseSharePercent": 25}""")
                        .status())
                .isEqualTo(200);
        assertThat(lead.get("/api/supply-chains/" + chain).body()).contains("\"flags\":[]");
        assertThat(lead.put(
                                "/api/stewardship/limits",
                                """
                {"maxRiskTransferPercent": 90, "maxPaymentTermsDays": 90, "minVcseSharePercent": 0}""")
                        .status())
                .isEqualTo(403);
        steward.put(
                "/api/stewardship/limits",
                """
                {"maxRiskTransferPercent": 30, "maxPaymentTermsDays": 30, "minVcseSharePercent": 25}""");
    }

    @Test
    void bad_input_is_refused_and_nothing_already_recorded_is_lost() {
        String chain = started("Careful bid");
        invite(chain, womensCentre);
        womensCentre.post("/api/supply-chains/" + chain + "/acceptance", "");
        terms(chain, womensCentre, "150000", 14, "10");

        String stranger = lead.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([0-9a-f-]{36})\".*", "$1");
        assertRefused(
                lead.post(
                        "/api/supply-chains/" + chain + "/invitations",
                        "{\"partnerId\": \"" + stranger + "\", \"message\": \"Join\"}"),
                422,
                "partnerId");
        assertRefused(
                lead.put(
                        "/api/supply-chains/" + chain + "/partners/" + idOf(womensCentre) + "/terms",
                        termsJson("-1", -3, "120")),
                422,
                "annualValue");
        assertRefused(
                lead.post(
                        "/api/supply-chains/" + chain + "/invitations",
                        "{\"partnerId\": \"" + idOf(womensCentre) + "\", \"message\": \"Again\"}"),
                409,
                null);
        assertRefused(womensCentre.post("/api/supply-chains/" + chain + "/acceptance", ""), 409, null);
        assertRefused(
                womensCentre.put(
                        "/api/supply-chains/" + chain + "/partners/" + idOf(womensCentre) + "/terms",
                        termsJson("999999", 1, "0")),
                403,
                null);
        ApiClient rival = portal.api(accounts.tokenFor(accounts.leadProvider("Rival Partnership")));
        assertRefused(rival.get("/api/supply-chains/" + chain), 404, "supplyChain");
        assertRefused(
                lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Nowhere", "area": "atlantis", "purpose": "BID",
                 "contractValue": {"amount": 1000, "currency": "GBP"}}"""),
                422,
                "area");
        assertRefused(
                recovery.post(
                        "/api/supply-chains",
                        """
                {"name": "Mine", "area": "gwent", "purpose": "BID",
                 "contractValue": {"amount": 1000, "currency": "GBP"}}"""),
                403,
                null);

        assertThat(lead.get("/api/supply-chains/" + chain).body())
                .contains("\"paymentTermsDays\":14", "\"termsVersion\":1");
    }

    @Test
    void terms_with_answers_left_out_are_refused_naming_each_one_and_only_to_the_chains_own_lead() {
        String chain = started("Terms with gaps");
        invite(chain, housing);
        housing.post("/api/supply-chains/" + chain + "/acceptance", "");
        String path = "/api/supply-chains/" + chain + "/partners/" + idOf(housing) + "/terms";

        HttpAnswer gaps = lead.put(
                path,
                """
                {"specialities": ["accommodation"], "cohorts": ["women"], "areas": ["gwent"], "annualVolume": 60,
                 "paymentTermsDays": 30, "start": "2027-04-01", "end": "2030-03-31"}""");
        assertRefused(gaps, 422, "annualValue");
        assertThat(gaps.body()).contains("\"field\":\"riskTransferPercent\"").doesNotContain("\"field\":\"start\"");
        HttpAnswer empty = lead.put(path, "{}");
        assertRefused(empty, 422, "specialities");
        assertThat(empty.body())
                .contains(
                        "\"field\":\"annualVolume\"",
                        "\"field\":\"annualValue\"",
                        "\"field\":\"paymentTermsDays\"",
                        "\"field\":\"riskTransferPercent\"",
                        "\"field\":\"start\"",
                        "\"field\":\"end\"",
                        "Answer this question");

        ApiClient rival = portal.api(accounts.tokenFor(accounts.leadProvider("Rival Terms Partnership")));
        assertRefused(rival.put(path, "{}"), 404, "supplyChain");
        assertRefused(rival.put(path, "{\"specialities\": [\"juggling\"]}"), 404, "supplyChain");
        assertRefused(housing.put(path, "{}"), 403, null);
        assertThat(lead.get("/api/supply-chains/" + chain).body()).doesNotContain("\"terms\":");
    }

    @Test
    void a_chain_started_with_nothing_names_every_missing_answer_at_once() {
        HttpAnswer empty = lead.post("/api/supply-chains", "{}");

        assertRefused(empty, 422, "name");
        assertThat(empty.body()).contains("\"field\":\"area\"", "\"field\":\"purpose\"", "\"field\":\"contractValue\"");
    }

    private String started(String name) {
        HttpAnswer created = lead.post(
                "/api/supply-chains",
                """
                {"name": "%s", "area": "region-wales", "purpose": "BID",
                 "contractValue": {"amount": 1000000, "currency": "GBP"}}"""
                        .formatted(name));
        assertThat(created.status()).isEqualTo(201);
        return created.body().replaceAll("(?s)^\\{\"chain\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private void invite(String chain, ApiClient partner) {
        assertThat(lead.post(
                                "/api/supply-chains/" + chain + "/invitations",
                                "{\"partnerId\": \"" + idOf(partner) + "\", \"message\": \"Join our bid for Wales\"}")
                        .status())
                .isEqualTo(200);
    }

    private HttpAnswer terms(String chain, ApiClient partner, String value, int days, String risk) {
        HttpAnswer answer = lead.put(
                "/api/supply-chains/" + chain + "/partners/" + idOf(partner) + "/terms", termsJson(value, days, risk));
        assertThat(answer.status()).isEqualTo(200);
        return answer;
    }

    private static String termsJson(String value, int days, String risk) {
        return """
                {"specialities": ["womens-services"], "cohorts": ["women"], "areas": ["gwent"], "annualVolume": 60,
                 "annualValue": {"amount": %s, "currency": "GBP"}, "paymentTermsDays": %d,
                 "riskTransferPercent": %s, "start": "2027-04-01", "end": "2030-03-31"}"""
                .formatted(value, days, risk);
    }

    private static String idOf(ApiClient member) {
        return member.get("/api/me").body().replaceAll("(?s).*\"organisationId\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private static void assertRefused(HttpAnswer answer, int status, String field) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        if (field != null) {
            assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
        }
    }
}
