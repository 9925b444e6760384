package uk.gov.justice.marketplace.eoi;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md journey 1 through the API: a women's centre in Gwent fills in its Expression of Interest over several
 * sittings, submits it, the steward asks for a change, it resubmits and is approved.
 */
@MarketplaceTest
class Journey1ApiTest implements FreshDatabase {

    static final String ORGANISATION = """
            {"legalName": "Gwent Women's Centre", "legalForm": "CIO", "registrationNumber": "1187654",
             "address": "12 Commercial Street, Newport NP20 1LP", "contactName": "Eleri Jones",
             "contactEmail": "eleri@gwentwomen.example.org", "contactPhone": "01633 000000",
             "incomeBand": "FROM_100K_TO_1M", "staffBand": "FROM_10_TO_49", "vcse": true}""";
    static final String EXCLUSIONS = """
            {"mandatoryGroundsApply": false, "discretionaryGroundsApply": false}""";
    static final String SELECTION = """
            {"relevantExperience": "Eight years of women's services in Newport.",
             "financialStanding": "Four months' reserves.",
             "employersLiabilityCover": {"amount": 5000000, "currency": "GBP"},
             "publicLiabilityCover": {"amount": 10000000, "currency": "GBP"},
             "safeguardingPolicy": true, "equalityPolicy": true, "dataProtectionPolicy": true,
             "whistleblowingPolicy": true}""";
    static final String SERVICES = """
            {"specialities": ["womens-services", "accommodation"], "cohorts": ["women"],
             "welshLanguageService": true}""";
    static final String COVERAGE = """
            {"areas": ["gwent"], "peoplePerYear": {"gwent": 120}, "riskAppetite": "UP_TO_10_PERCENT"}""";
    static final String EVIDENCE = """
            {"caseStudies": "Housing and support for 40 women leaving custody.",
             "justiceDataLab": [{"cohortSize": 212, "reoffendingRate": 21.5, "controlGroupRate": 29.0,
                                 "statisticallySignificant": true}]}""";

    @Inject
    Portal portal;
    @Inject
    Accounts accounts;

    private ApiClient provider;
    private ApiClient steward;

    @BeforeAll
    void people() {
        provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Gwent Women's Centre")));
        steward = portal.api(accounts.tokenFor(accounts.steward()));
    }

    @Test
    void a_womens_centre_in_gwent_is_approved_after_one_change() {
        // First sitting: who the organisation is
        HttpAnswer first = provider.put("/api/eoi/parts/organisation", ORGANISATION);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("\"ORGANISATION\":\"COMPLETED\"", "\"EVIDENCE\":\"NOT_STARTED\"");

        // Submitting too early lists every part still to do, and keeps the draft
        HttpAnswer early = provider.post("/api/eoi/submission", "");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"exclusions\"", "\"field\":\"evidence\"");

        // Second sitting: the rest of the form, then submit
        for (String[] part : new String[][]{{"exclusions", EXCLUSIONS}, {"selection", SELECTION},
                {"services", SERVICES}, {"coverage", COVERAGE}, {"evidence", EVIDENCE}}) {
            assertThat(provider.put("/api/eoi/parts/" + part[0], part[1]).status()).as(part[0]).isEqualTo(200);
        }
        assertThat(provider.post("/api/eoi/submission", "").body()).contains("\"status\":\"SUBMITTED\"");

        // The steward sees it waiting and asks for outcome figures
        HttpAnswer queue = steward.get("/api/eoi/review-queue");
        assertThat(queue.body()).contains("\"workingDaysWaiting\":0");
        String id = queue.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(steward.post("/api/eoi/" + id + "/decisions", """
                {"version": 1, "outcome": "CHANGES_REQUESTED", "reason": "Nearly there",
                 "partComments": {"EVIDENCE": "Add your outcome figures"}}""").status()).isEqualTo(200);

        // The provider sees the comment, adds the figures, resubmits
        assertThat(provider.get("/api/eoi").body()).contains("CHANGES_REQUESTED", "Add your outcome figures");
        provider.put("/api/eoi/parts/evidence", EVIDENCE.replace("\"caseStudies\"",
                "\"outcomeFigures\": \"62% in settled housing after six months\", \"caseStudies\""));
        assertThat(provider.post("/api/eoi/submission", "").status()).isEqualTo(200);

        // Approved: published in the register
        HttpAnswer approved = steward.post("/api/eoi/" + id + "/decisions", """
                {"version": 1, "outcome": "APPROVED", "reason": "Meets the criteria"}""");
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"", "\"publishedVersion\":1");
        assertThat(steward.get("/api/audit?action=eoi.").body())
                .contains("eoi.submitted", "eoi.changes-requested", "eoi.approved", "Meets the criteria");
    }

    @Test
    void when_two_stewards_decide_the_same_version_the_second_is_refused_with_a_clear_message() {
        ApiClient charity = portal.api(accounts.tokenFor(accounts.providerAdmin("Cardiff Mentoring")));
        for (String[] part : new String[][]{{"organisation", ORGANISATION}, {"exclusions", EXCLUSIONS},
                {"selection", SELECTION}, {"services", SERVICES}, {"coverage", COVERAGE}, {"evidence", EVIDENCE}}) {
            charity.put("/api/eoi/parts/" + part[0], part[1]);
        }
        String id = charity.post("/api/eoi/submission", "").body()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        ApiClient otherSteward = portal.api(accounts.tokenFor(accounts.steward()));

        assertThat(steward.post("/api/eoi/" + id + "/decisions", """
                {"version": 1, "outcome": "APPROVED", "reason": "Good"}""").status()).isEqualTo(200);
        HttpAnswer second = otherSteward.post("/api/eoi/" + id + "/decisions", """
                {"version": 1, "outcome": "REJECTED", "reason": "Not a VCSE"}""");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else decided on this version first");
        assertThat(charity.post("/api/eoi/" + id + "/decisions", """
                {"version": 1, "outcome": "APPROVED", "reason": "We are great"}""").status()).isEqualTo(403);
        assertThat(provider.get("/api/eoi/" + id).status()).isEqualTo(403);
    }

    @Test
    void a_commissioner_has_no_expression_of_interest_and_a_bad_part_is_named() {
        ApiClient commissioner = portal.api(accounts.tokenFor(accounts.commissioner("Gwent PCC")));

        assertThat(commissioner.put("/api/eoi/parts/organisation", ORGANISATION).status()).isEqualTo(403);
        assertThat(provider.put("/api/eoi/parts/finances", "{}").body()).contains("\"field\":\"part\"");
        assertThat(provider.put("/api/eoi/parts/coverage", "{\"areas\": 12}").body())
                .contains("\"field\":\"coverage\"");
    }
}
