package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * DOMAIN.md journey 1 through the API: a women's centre in Gwent fills in its Expression of Interest over several
 * sittings, submits it, the steward asks for a change, it resubmits and is approved.
 */
@MarketplaceTest
class Journey1ApiTest implements FreshDatabase {

    private static final Map<String, String> GWENT =
            EoiAnswersJson.complete("Gwent Women's Centre", "womens-services, accommodation", "women", "gwent");

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private String providerEmail;
    private ApiClient provider;
    private ApiClient steward;

    @BeforeAll
    void people() {
        providerEmail = accounts.providerAdmin("Gwent Women's Centre");
        provider = portal.api(accounts.tokenFor(providerEmail));
        steward = portal.api(accounts.tokenFor(accounts.steward()));
    }

    @Test
    void a_womens_centre_in_gwent_is_approved_after_one_change() {
        // First sitting: who the organisation is
        HttpAnswer first = provider.put("/api/eoi/parts/organisation", GWENT.get("organisation"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("\"ORGANISATION\":\"COMPLETED\"", "\"EVIDENCE\":\"NOT_STARTED\"");

        // Submitting too early lists every part still to do, and keeps the draft
        HttpAnswer early = provider.post("/api/eoi/submission", "");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"exclusions\"", "\"field\":\"evidence\"");

        // Second sitting: the rest of the form, then submit
        GWENT.forEach((part, json) -> assertThat(
                        provider.put("/api/eoi/parts/" + part, json).status())
                .as(part)
                .isEqualTo(200));
        assertThat(provider.post("/api/eoi/submission", "").body()).contains("\"status\":\"SUBMITTED\"");

        // The steward sees it waiting and asks for outcome figures
        HttpAnswer queue = steward.get("/api/eoi/review-queue");
        assertThat(queue.body()).contains("\"workingDaysWaiting\":0");
        String id = queue.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(steward.post(
                                "/api/eoi/" + id + "/decisions",
                                """
                {"version": 1, "outcome": "CHANGES_REQUESTED", "reason": "Nearly there",
                 "partComments": {"EVIDENCE": "Add your outcome figures"}}""")
                        .status())
                .isEqualTo(200);

        // The provider is told at once on its dashboard, sees the comment, adds the figures, resubmits
        PortalClient eleri = portal.newBrowser();
        eleri.signIn(providerEmail, Accounts.PASSWORD);
        assertThat(eleri.get("/dashboard").body())
                .contains("The market steward has asked for changes to your Expression of Interest", "Nearly there");
        assertThat(provider.get("/api/eoi").body()).contains("CHANGES_REQUESTED", "Add your outcome figures");
        provider.put(
                "/api/eoi/parts/evidence",
                EoiAnswersJson.EVIDENCE.replace(
                        "\"caseStudies\"",
                        "\"outcomeFigures\": \"62% in settled housing after six months\", \"caseStudies\""));
        assertThat(provider.post("/api/eoi/submission", "").status()).isEqualTo(200);

        // Approved: published in the register
        HttpAnswer approved = steward.post(
                "/api/eoi/" + id + "/decisions",
                """
                {"version": 1, "outcome": "APPROVED", "reason": "Meets the criteria"}""");
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"", "\"publishedVersion\":1");
        assertThat(steward.get("/api/audit?action=eoi.").body())
                .contains("eoi.submitted", "eoi.changes-requested", "eoi.approved", "Meets the criteria");

        // The provider reads the news on its dashboard and dismisses it
        String dashboard = eleri.get("/dashboard").body();
        assertThat(dashboard).contains("Your Expression of Interest is approved and published in the register");
        Matcher dismissal =
                Pattern.compile("/dashboard/notices/[0-9a-f-]{36}/dismissal").matcher(dashboard);
        while (dismissal.find()) {
            assertThat(eleri.post(dismissal.group(), Map.of()).status()).isEqualTo(303);
        }
        assertThat(eleri.get("/dashboard").body()).doesNotContain("approved and published", "asked for changes");
    }

    @Test
    void when_two_stewards_decide_the_same_version_the_second_is_refused_with_a_clear_message() {
        ApiClient charity = portal.api(accounts.tokenFor(accounts.providerAdmin("Cardiff Mentoring")));
        EoiAnswersJson.complete("Cardiff Mentoring", "mentoring", "young-adults", "south-wales")
                .forEach((part, json) -> charity.put("/api/eoi/parts/" + part, json));
        String id =
                charity.post("/api/eoi/submission", "").body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient otherSteward = portal.api(accounts.tokenFor(accounts.steward()));

        assertThat(steward.post(
                                "/api/eoi/" + id + "/decisions",
                                """
                {"version": 1, "outcome": "APPROVED", "reason": "Good"}""")
                        .status())
                .isEqualTo(200);
        HttpAnswer second = otherSteward.post(
                "/api/eoi/" + id + "/decisions",
                """
                {"version": 1, "outcome": "REJECTED", "reason": "Not a VCSE"}""");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else decided on this version first");
        assertThat(charity.post(
                                "/api/eoi/" + id + "/decisions",
                                """
                {"version": 1, "outcome": "APPROVED", "reason": "We are great"}""")
                        .status())
                .isEqualTo(403);
        assertThat(provider.get("/api/eoi/" + id).status()).isEqualTo(403);
    }

    @Test
    void a_commissioner_has_no_expression_of_interest_and_a_bad_part_is_named() {
        ApiClient commissioner = portal.api(accounts.tokenFor(accounts.commissioner("Gwent PCC")));

        assertThat(commissioner
                        .put("/api/eoi/parts/organisation", GWENT.get("organisation"))
                        .status())
                .isEqualTo(403);
        assertThat(provider.put("/api/eoi/parts/finances", "{}").body()).contains("\"field\":\"part\"");
        assertThat(provider.put("/api/eoi/parts/coverage", "{\"areas\": 12}").body())
                .contains("\"field\":\"coverage\"");
    }
}
