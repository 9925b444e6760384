package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApiDocument;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Pdfs;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A new integrator codes against /api/openapi.yml: every operation that creates something answers the success
 * code the document gives, and every answer carries the fields the document marks required (an empty list too),
 * at any depth, and none it does not document.
 */
@MarketplaceTest
class IntegratorCheckingTheApiDocumentTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    ObjectMapper json;

    @Inject
    RateCardFixtures rateCard;

    private final Map<String, HttpAnswer> answered = new LinkedHashMap<>();

    @Test
    void every_creating_operation_answers_as_documented_with_every_required_field() throws IOException {
        ApiDocument document = ApiDocument.servedBy(portal.api(), json);
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Documented Leads Ltd")));
        ApiClient partner = providers.approve(
                EoiAnswersJson.complete("Documented Partners CIC", "accommodation", "women", "gwent"));
        String partnerId = field(partner.get("/api/me"), "organisationId");

        call(
                "POST /api/registrations",
                portal.api()
                        .post(
                                "/api/registrations",
                                """
                {"organisationName": "Documented Newcomers CIC", "fullName": "Nia Price",
                 "email": "nia@documented.example.org", "password": "%1$s", "confirmPassword": "%1$s"}"""
                                        .formatted(Accounts.PASSWORD)));
        call(
                "POST /api/organisations",
                steward.post(
                        "/api/organisations",
                        """
                {"name": "Documented Commissioner", "kind": "COMMISSIONER", "commissionerType": "PCC",
                 "adminFullName": "Siân Price", "adminEmail": "sian@documented-pcc.example.org"}"""));
        call(
                "POST /api/organisations/{id}/invitations",
                partner.post(
                        "/api/organisations/" + partnerId + "/invitations",
                        """
                {"email": "colleague@documented.example.org", "fullName": "Rhys Evans", "roles": ["MEMBER"]}"""));
        call("POST /api/shortlists", lead.post("/api/shortlists", "{\"name\": \"Documented bid\"}"));
        String chain = field(
                call(
                        "POST /api/supply-chains",
                        lead.post(
                                "/api/supply-chains",
                                """
                {"name": "Documented chain", "area": "gwent", "purpose": "BID",
                 "contractValue": {"amount": 500000, "currency": "GBP"}}""")),
                "id");
        call(
                "POST /api/supply-chains/{id}/invitations",
                lead.post(
                        "/api/supply-chains/" + chain + "/invitations",
                        "{\"partnerId\": \"" + partnerId + "\", \"message\": \"Join us\"}"));
        call(
                "POST /api/supply-chains/{id}/acceptance",
                partner.post("/api/supply-chains/" + chain + "/acceptance", ""));
        call(
                "PUT /api/supply-chains/{id}/partners/{partnerId}/terms",
                lead.put(
                        "/api/supply-chains/" + chain + "/partners/" + partnerId + "/terms",
                        """
                {"specialities": ["accommodation"], "cohorts": ["women"], "areas": ["gwent"], "annualVolume": 40,
                 "annualValue": {"amount": 150000, "currency": "GBP"}, "paymentTermsDays": 30,
                 "riskTransferPercent": 10, "start": "2027-04-01", "end": "2030-03-31"}"""));
        call("POST /api/supply-chains/{id}/contracts", lead.post("/api/supply-chains/" + chain + "/contracts", ""));
        String concern = field(
                call(
                        "POST /api/concerns",
                        partner.post(
                                "/api/concerns",
                                """
                {"chainId": "%s", "category": "OTHER", "details": "A question about invoices."}"""
                                        .formatted(chain))),
                "id");
        call(
                "POST /api/concerns/{id}/evidence",
                partner.upload(
                        "/api/concerns/" + concern + "/evidence", "file", "invoices.pdf", Pdfs.withText("Invoices")));
        call("PUT /api/eoi/parts/{part}", partner.put("/api/eoi/parts/evidence", EoiAnswersJson.EVIDENCE));
        call(
                "POST /api/eoi/evidence-files",
                partner.upload("/api/eoi/evidence-files", "file", "report.pdf", Pdfs.justiceDataLabReport()));
        ApiClient host = portal.api(accounts.tokenFor(accounts.commissioner("Documented PCC")));
        String hostId = field(host.get("/api/me"), "organisationId");
        String otherId = field(
                portal.api(accounts.tokenFor(accounts.commissioner("Documented Probation Region")))
                        .get("/api/me"),
                "organisationId");
        String terms =
                """
                {"hostId": "%1$s", "funding": "ALIGNED", "riskRule": "HOST_ABSORBS",
                 "years": [{"financialYear": "2026-27", "total": 1000}],
                 "funders": [{"organisationId": "%1$s", "contributions": [{"financialYear": "2026-27", "amount": 600}]},
                   {"organisationId": "%2$s", "contributions": [{"financialYear": "2026-27", "sharePercent": 40}]}],
                 "serviceIds": [], "areas": ["gwent"], "priorities": [], "riskSplit": [], "quorum": 1}"""
                        .formatted(hostId, otherId);
        String agreement = field(
                call(
                        "POST /api/co-commissioning/agreements",
                        host.post(
                                "/api/co-commissioning/agreements",
                                "{\"name\": \"Documented agreement\", \"terms\": " + terms + "}")),
                "id");
        host.post("/api/co-commissioning/agreements/" + agreement + "/versions/1/signatures", "{}");
        call(
                "POST /api/co-commissioning/agreements/{id}/versions",
                host.post(
                        "/api/co-commissioning/agreements/" + agreement + "/versions",
                        "{\"reason\": \"Documented variation\", \"terms\": " + terms + "}"));
        call(
                "POST /api/rate-card/services",
                partner.post(
                        "/api/rate-card/services",
                        """
                {"speciality": "accommodation", "unit": "WEEK", "titleEn": "Supported housing",
                 "titleCy": "Tai â chymorth", "descriptionEn": "A room and a key worker.",
                 "descriptionCy": "Ystafell a gweithiwr allweddol.", "cohorts": ["women"],
                 "areas": [{"area": "gwent", "capacity": 12}], "minimumOrder": 4, "capacityPeriod": "QUARTER",
                 "leadTimeDays": 10, "welshDelivery": true}"""));
        call(
                "POST /api/rate-card/guide-prices",
                steward.post(
                        "/api/rate-card/guide-prices",
                        """
                {"speciality": "accommodation", "unit": "WEEK", "amount": 180, "reason": "2025-26 contracts"}"""));
        ApiClient mentors = rateCard.mentoringProvider("Documented Mentors CIC");
        UUID service = rateCard.published(mentors, "85.00", CapacityPeriod.MONTH, new ServedArea("west-yorkshire", 20))
                .id();
        ApiClient buyer = portal.api(accounts.tokenFor(accounts.commissioner("Documented Buyers PCC")));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String budget = field(
                buyer.put(
                        "/api/budgets",
                        "{\"year\": \"" + FinancialYear.containing(today) + "\", \"amount\": 5000, \"name\": \"Own\"}"),
                "id");
        String order = field(
                call(
                        "POST /api/orders",
                        buyer.post(
                                "/api/orders",
                                "{\"serviceId\": \"" + service + "\", \"area\": \"west-yorkshire\", \"period\": \""
                                        + today + "\", \"units\": 4, \"budgetId\": \"" + budget + "\"}")),
                "id");
        mentors.post("/api/orders/" + order + "/acceptance", "");
        mentors.post("/api/orders/" + order + "/deliveries", "{\"units\": 4}");
        call("POST /api/orders/{id}/invoices", mentors.post("/api/orders/" + order + "/invoices", "{\"units\": 4}"));
        call("POST /api/audit/checkpoints", steward.post("/api/audit/checkpoints", ""));

        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, HttpAnswer> call : answered.entrySet()) {
            softly.assertThat(document.statuses(call.getKey()).stream()
                            .filter(code -> code.startsWith("2"))
                            .toList())
                    .as(call.getKey() + " answered " + call.getValue().status() + ": "
                            + call.getValue().body())
                    .containsExactly(String.valueOf(call.getValue().status()));
            softly.assertThat(document.mismatches(call.getKey(), call.getValue()))
                    .as(call.getValue().body())
                    .isEmpty();
        }
        softly.assertThat(answered.keySet())
                .as("every operation documented as creating is tried here")
                .containsAll(creating(document));
        softly.assertAll();
    }

    @Test
    void a_search_that_finds_nothing_still_answers_every_documented_field() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Empty Handed Partnership")));

        HttpAnswer nothing = lead.get("/api/search?text=zzyzxnothingmatches");

        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.body()).contains("\"providers\":[]", "\"total\":0");
        assertThat(ApiDocument.servedBy(portal.api(), json).mismatches("GET /api/search", nothing))
                .isEmpty();
    }

    private HttpAnswer call(String operation, HttpAnswer answer) {
        answered.put(operation, answer);
        return answer;
    }

    /** The operations documented as answering 201 Created. */
    private static List<String> creating(ApiDocument document) {
        return document.operations().stream()
                .filter(op -> document.statuses(op).contains("201"))
                .toList();
    }

    private static String field(HttpAnswer answer, String name) {
        return answer.body().replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
