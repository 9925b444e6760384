package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.contracts.ContractVerification;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.Browser;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * DOMAIN.md journey 2 end to end in a real browser: a lead provider bidding for Wales searches "women" and
 * "accommodation" in South Wales with evidence of outcomes, shortlists five, invites three, two
 * accept and one declines with a reason, it records value, 30-day payment terms and 20% risk transfer for each,
 * nothing is flagged; it generates the lead contract and two partner agreements; every party's signatory signs in
 * the portal (the market steward for the Ministry); the sealed PDFs verify offline.
 */
@MarketplaceTest
class Journey2BrowserTest implements FreshDatabase {

    private static final List<String> PARTNERS =
            List.of("Cardiff Women's Housing", "Gwent Women's Centre", "Valleys Women's Aid");
    private static final List<String> ALSO_SHORTLISTED = List.of("Swansea Women's Refuge", "Newport Housing Trust");

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    Portal portal;

    @Inject
    ContractVerification verification;

    private Browser browser;
    private String lead;
    private final List<String> partnerEmails = new ArrayList<>();

    /** Six providers that fit the search, and two that do not (one only in Gwent, one without outcomes). */
    @BeforeAll
    void aRegister() {
        lead = accounts.leadProvider("Cymru Rehabilitation Partnership");
        for (String name : PARTNERS) {
            ApiClient partner = providers.approve(
                    EoiAnswersJson.complete(name, "womens-services, accommodation", "women", "region-wales"));
            partnerEmails.add(partner.get("/api/me").body().replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1"));
        }
        for (String name : List.of("Swansea Women's Refuge", "Newport Housing Trust", "Bridgend Women's Project")) {
            providers.approve(EoiAnswersJson.complete(name, "accommodation", "women", "south-wales"));
        }
        providers.approve(EoiAnswersJson.complete("Gwent Only Women's Aid", "accommodation", "women", "gwent"));
        Map<String, String> noOutcomes =
                EoiAnswersJson.complete("Valleys Refuge Without Figures", "accommodation", "women", "south-wales");
        noOutcomes.put("evidence", "{\"caseStudies\": \"Refuge places for women.\"}");
        providers.approve(noOutcomes);
        browser = Browser.open(server.getURI());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void a_lead_provider_bidding_for_wales_assembles_a_fair_chain_and_everyone_signs() {
        signIn(lead);
        shortlistsFiveFromSearch();
        browser.visit("/dashboard").clickLink("Supply chains");
        browser.fillIn("Name of the supply chain", "Wales women's services bid 2027")
                .select("Area", "Wales")
                .choose("Is it for a bid or a live contract?", "Bid")
                .fillIn("Contract value a year", "1,000,000")
                .clickButton("Start supply chain");
        assertThat(browser.heading()).isEqualTo("Wales women's services bid 2027");
        assertAccessible("a new chain");
        for (String partner : PARTNERS) {
            browser.select("Provider from your shortlists", partner)
                    .fillIn("Message to the provider", "Join our bid for women's services in Wales")
                    .clickButton("Send invitation");
        }
        String chainPage = browser.path();
        assertThat(browser.text()).contains("Invited").doesNotContain("In the chain");
        browser.clickButton("Sign out");

        answer(partnerEmails.get(0), true);
        answer(partnerEmails.get(1), true);
        answer(partnerEmails.get(2), false);

        signIn(lead);
        browser.visit(chainPage);
        assertThat(browser.text()).contains("Declined", "We are at capacity until 2028");
        for (String partner : PARTNERS.subList(0, 2)) {
            browser.clickLink("Terms " + partner);
            assertAccessible("the terms form");
            browser.choose("Services the partner delivers", "Women's services")
                    .choose("Who they are for", "Women")
                    .select("Where", "South Wales")
                    .fillIn("People a year", "60")
                    .fillIn("Value a year", "200,000")
                    .fillIn("Payment terms in days", "30")
                    .fillIn("Risk transfer", "20")
                    .fillInDate("Start date", "1", "4", "2027")
                    .fillInDate("End date", "31", "3", "2030")
                    .clickButton("Save terms");
        }
        assertThat(browser.text()).contains("No flags", "40.0%", "20.0%", "£400,000.00");
        assertAccessible("the chain with terms");
        browser.clickButton("Sign out");

        signIn(lead);
        browser.visit(chainPage).clickButton("Generate the lead contract and partner agreements");
        assertThat(browser.text())
                .contains(
                        "Lead contract",
                        "Partner agreement: Cardiff Women's Housing",
                        "Partner agreement: Gwent Women's Centre",
                        "Signed by 0/2");
        assertAccessible("the chain with its contracts");
        browser.clickButton("Sign out");

        String leadContract = "Lead contract";
        String first = "Partner agreement: " + PARTNERS.get(0);
        String second = "Partner agreement: " + PARTNERS.get(1);
        signAs(
                accounts.signatory("Cymru Rehabilitation Partnership", OrganisationKind.LEAD_PROVIDER),
                chainPage,
                leadContract,
                first,
                second);
        signAs(accounts.signatory(PARTNERS.get(0), OrganisationKind.VCSE_PROVIDER), chainPage, first);
        signAs(accounts.signatory(PARTNERS.get(1), OrganisationKind.VCSE_PROVIDER), chainPage, second);
        String steward = accounts.steward();
        signAs(steward, chainPage, leadContract);

        signIn(steward);
        browser.clickLink("Supply chain health");
        assertThat(browser.text())
                .contains("Wales women's services bid 2027", "Cymru Rehabilitation Partnership", "40.0%", "No flags");
        assertAccessible("the steward's dashboard");
        browser.visit(chainPage);
        assertThat(browser.text()).doesNotContain("Signed by 0", "Signed by 1", "Signed by 2");
        ApiClient api = portal.api(accounts.tokenFor(steward));
        Matcher document = Pattern.compile("/supply-chains/[0-9a-f-]{36}/contracts/([0-9a-f-]{36})\"")
                .matcher(browser.pageSource());
        int verified = 0;
        while (document.find()) {
            assertThat(verification
                            .verify(api.download("/api/contracts/" + document.group(1)))
                            .intact())
                    .isTrue();
            verified++;
        }
        assertThat(verified).isEqualTo(3);
    }

    private void shortlistsFiveFromSearch() {
        browser.clickLink("Shortlists");
        browser.fillIn("Name", "Wales women's bid").clickButton("Start shortlist");
        browser.visit("/dashboard").clickLink("Search for providers");
        browser.fillIn("Search words", "women accommodation")
                .select("Area", "South Wales")
                .choose("Evidence and language", "Has outcome evidence")
                .clickButton("Apply filters");
        assertThat(browser.text())
                .contains("6 providers found")
                .doesNotContain("Gwent Only Women's Aid", "Valleys Refuge Without Figures");
        for (String name : concat(PARTNERS, ALSO_SHORTLISTED)) {
            browser.clickButton("Add " + name);
            assertThat(browser.text()).contains("Added to your shortlist");
        }
        browser.visit("/shortlists");
        assertThat(browser.text())
                .contains(PARTNERS.get(0), PARTNERS.get(2), ALSO_SHORTLISTED.get(1))
                .doesNotContain("Bridgend Women's Project");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A signatory signs these documents on the chain's page. */
    private void signAs(String signatory, String chainPage, String... documents) {
        signIn(signatory);
        browser.visit(chainPage);
        for (String document : documents) {
            browser.clickButton("Sign " + document);
        }
        browser.clickButton("Sign out");
    }

    private void answer(String partner, boolean accept) {
        signIn(partner);
        assertThat(browser.text()).contains("You have been invited to join a supply chain");
        browser.clickLink("Supply chain invitations");
        assertAccessible("a partner's invitations");
        if (accept) {
            browser.clickButton("Accept the invitation to Wales women's services bid 2027");
            assertThat(browser.text()).contains("In the chain");
        } else {
            browser.fillIn("If you decline, say why", "We are at capacity until 2028")
                    .clickButton("Decline");
            assertThat(browser.text()).contains("Declined");
        }
        browser.clickButton("Sign out");
    }

    private void signIn(String email) {
        browser.visit("/language?lang=en&returnTo=/sign-in");
        browser.fillIn("Email address", email)
                .fillIn("Password", Accounts.PASSWORD)
                .clickButton("Sign in");
    }

    private void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations()).as(page).isEmpty();
    }
}
