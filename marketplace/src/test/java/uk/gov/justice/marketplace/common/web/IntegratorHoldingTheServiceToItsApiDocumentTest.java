package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApiDocument;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * An integrator generates a client from /api/openapi.yml and holds the service to it: who needs a token, what to
 * send, which statuses come back and which fields every answer always carries. Each real answer here is checked
 * against the document: its status is documented, every property marked required is there (at any depth), and
 * nothing undocumented is.
 */
@MarketplaceTest
class IntegratorHoldingTheServiceToItsApiDocumentTest implements FreshDatabase {

    private static final String SOME_ID = "0b7e4a9c-3f1d-4c2a-9e57-6d8f0a1b2c3d";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    ObjectMapper json;

    private final Map<String, HttpAnswer> answered = new LinkedHashMap<>();

    @Test
    void every_operation_refused_without_a_token_is_documented_as_needing_one_and_every_other_as_open() {
        ApiDocument document = ApiDocument.servedBy(portal.api(), json);
        ApiClient anyone = portal.api();

        SoftAssertions softly = new SoftAssertions();
        for (String operation : document.operations()) {
            String[] methodAndPath = operation.split(" ");
            HttpAnswer answer = anyone.send(
                    methodAndPath[0],
                    concrete(methodAndPath[1]),
                    document.answersIn(operation),
                    document.takes(operation),
                    "{}".getBytes(StandardCharsets.UTF_8));
            if (answer.status() == 401) {
                softly.assertThat(document.securityNeeded(operation))
                        .as(operation + " refused without a token")
                        .containsExactly("bearer");
                softly.assertThat(document.statuses(operation)).as(operation).contains("401");
                softly.assertThat(answer.contentType()).as(operation).startsWith(Problem.MEDIA_TYPE);
            } else {
                softly.assertThat(document.securityNeeded(operation))
                        .as(operation + " answered " + answer.status() + " without a token")
                        .isEmpty();
                softly.assertThat(document.statuses(operation))
                        .as(operation + ": " + shortly(answer))
                        .contains(String.valueOf(answer.status()));
            }
        }
        softly.assertAll();
    }

    @Test
    void no_operation_asks_the_client_for_the_signed_in_user() {
        ApiDocument document = ApiDocument.servedBy(portal.api(), json);

        SoftAssertions softly = new SoftAssertions();
        for (String operation : document.operations()) {
            Object parameters = document.operation(operation).getOrDefault("parameters", List.of());
            for (Object parameter : (List<?>) parameters) {
                Map<?, ?> described = (Map<?, ?>) parameter;
                softly.assertThat(described.get("in"))
                        .as(operation + " parameter " + described.get("name"))
                        .isIn("path", "query");
                softly.assertThat(String.valueOf(described.get("schema")))
                        .as(operation + " " + described.get("name"))
                        .doesNotContain("Viewer");
            }
        }
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.raw().get("components")).get("schemas");
        softly.assertThat(schemas.keySet().stream().map(String::valueOf).toList())
                .as("the signed-in user is the token's, not the request's")
                .doesNotContain("Viewer");
        softly.assertAll();
    }

    @Test
    void real_answers_come_with_a_documented_status_every_required_field_and_nothing_undocumented() {
        ApiDocument document = ApiDocument.servedBy(portal.api(), json);
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Contract Leads Ltd")));
        ApiClient partner =
                providers.approve(EoiAnswersJson.complete("Contract Partners CIC", "accommodation", "women", "gwent"));
        String partnerOrganisation = field(partner.get("/api/me"), "organisationId");
        String leadOrganisation = field(lead.get("/api/me"), "organisationId");
        String eoi = field(partner.get("/api/eoi"), "id");
        String chain = field(
                lead.post(
                        "/api/supply-chains",
                        """
                {"name": "Contract chain", "area": "gwent", "purpose": "BID",
                 "contractValue": {"amount": 400000, "currency": "GBP"}}"""),
                "id");
        lead.post(
                "/api/supply-chains/" + chain + "/invitations",
                """
                {"partnerId": "%s", "message": "Join us"}""".formatted(partnerOrganisation));
        partner.post("/api/supply-chains/" + chain + "/acceptance", "");
        lead.put(
                "/api/supply-chains/" + chain + "/partners/" + partnerOrganisation + "/terms",
                """
                {"specialities": ["accommodation"], "cohorts": ["women"], "areas": ["gwent"], "annualVolume": 30,
                 "annualValue": {"amount": 120000, "currency": "GBP"}, "paymentTermsDays": 30,
                 "riskTransferPercent": 10, "start": "2027-04-01", "end": "2030-03-31"}""");
        String concern = field(
                partner.post(
                        "/api/concerns",
                        """
                {"chainId": "%s", "category": "OTHER", "details": "Late payments."}"""
                                .formatted(chain)),
                "id");
        String shortlist = field(lead.post("/api/shortlists", "{\"name\": \"Contract bid\"}"), "id");
        lead.post("/api/supply-chains/" + chain + "/contracts", "");
        ApiClient queued =
                providers.sent(EoiAnswersJson.complete("Queued Partners CIC", "accommodation", "women", "gwent"));
        call("GET", "/api/eoi/review-queue", steward.get("/api/eoi/review-queue"));
        String queuedEoi = field(queued.get("/api/eoi"), "id");
        assertThat(steward.post(
                                "/api/eoi/" + queuedEoi + "/decisions",
                                """
                {"version": 1, "outcome": "CHANGES_REQUESTED", "reason": "Say more",
                 "partComments": {"EVIDENCE": "Add a report"}}""")
                        .status())
                .isEqualTo(200);
        String leadUser = field(lead.get("/api/me"), "userId");

        call(
                "POST",
                "/api/shortlists/" + shortlist + "/providers",
                lead.post(
                        "/api/shortlists/" + shortlist + "/providers",
                        "{\"providerId\": \"" + partnerOrganisation + "\"}"));
        call("GET", "/api/shortlists", lead.get("/api/shortlists"));
        call(
                "DELETE",
                "/api/shortlists/" + shortlist + "/providers/" + partnerOrganisation,
                lead.delete("/api/shortlists/" + shortlist + "/providers/" + partnerOrganisation));
        call("GET", "/api/me", partner.get("/api/me"));
        call("GET", "/api/organisations", steward.get("/api/organisations"));
        call("GET", "/api/organisations/" + leadOrganisation, lead.get("/api/organisations/" + leadOrganisation));
        call(
                "GET",
                "/api/organisations/" + leadOrganisation + "/users",
                lead.get("/api/organisations/" + leadOrganisation + "/users"));
        call("GET", "/api/eoi", partner.get("/api/eoi"));
        call("GET", "/api/eoi/" + eoi, steward.get("/api/eoi/" + eoi));
        call("GET", "/api/eoi/" + queuedEoi, steward.get("/api/eoi/" + queuedEoi));
        call("GET", "/api/eoi/evidence-files", partner.get("/api/eoi/evidence-files"));
        call(
                "GET",
                "/api/organisations/" + leadOrganisation + "/users/" + leadUser,
                lead.get("/api/organisations/" + leadOrganisation + "/users/" + leadUser));
        call("GET", "/api/concerns/" + concern + "/evidence", partner.get("/api/concerns/" + concern + "/evidence"));
        call("GET", "/api/register", portal.api().get("/api/register"));
        call("GET", "/api/search", lead.get("/api/search?text=women"));
        call("GET", "/api/search/health", steward.get("/api/search/health"));
        call("GET", "/api/supply-chains", lead.get("/api/supply-chains"));
        call("GET", "/api/supply-chains/" + chain, partner.get("/api/supply-chains/" + chain));
        call(
                "GET",
                "/api/supply-chains/" + chain + "/contracts",
                lead.get("/api/supply-chains/" + chain + "/contracts"));
        call("GET", "/api/stewardship/chains", steward.get("/api/stewardship/chains"));
        call("GET", "/api/stewardship/limits", lead.get("/api/stewardship/limits"));
        call("GET", "/api/concerns", steward.get("/api/concerns"));
        call("GET", "/api/concerns/mine", partner.get("/api/concerns/mine"));
        call("GET", "/api/concerns/matters", lead.get("/api/concerns/matters"));
        call(
                "POST",
                "/api/concerns/" + concern + "/statements",
                steward.post(
                        "/api/concerns/" + concern + "/statements",
                        "{\"statement\": \"Payments are late.\", \"smallChainWeighed\": true}"));
        call(
                "POST",
                "/api/concerns/" + concern + "/closure",
                steward.post("/api/concerns/" + concern + "/closure", "{\"text\": \"Resolved with the lead.\"}"));
        call("GET", "/api/audit", steward.get("/api/audit"));
        call("GET", "/api/audit/verification", steward.get("/api/audit/verification"));
        call("GET", "/api/areas/gwent", portal.api().get("/api/areas/gwent"));
        call("GET", "/api/areas", portal.api().get("/api/areas?layer=police-force-area"));
        call("GET", "/api/bank-holidays/2027", portal.api().get("/api/bank-holidays/2027"));
        call("GET", "/api/working-days", portal.api().get("/api/working-days?from=2027-01-04&add=10"));

        SoftAssertions softly = new SoftAssertions();
        answered.forEach((request, answer) -> {
            String operation = document.operationFor(request.split(" ")[0], request.split(" ")[1]);
            softly.assertThat(answer.status())
                    .as(request + " answered: " + shortly(answer))
                    .isBetween(200, 299);
            softly.assertThat(document.statuses(operation))
                    .as(request + " answered " + answer.status())
                    .contains(String.valueOf(answer.status()));
            softly.assertThat(document.mismatches(operation, answer))
                    .as(request + " answered " + shortly(answer))
                    .isEmpty();
        });
        softly.assertAll();
    }

    @Test
    void every_refusal_is_a_documented_problem_naming_the_field_at_fault() {
        ApiDocument document = ApiDocument.servedBy(portal.api(), json);
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Refused Leads Ltd")));
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin("Refused Providers CIC")));

        Map<String, HttpAnswer> refusals = new LinkedHashMap<>();
        refusals.put("POST /api/shortlists", lead.post("/api/shortlists", "{\"name\": \"\"}"));
        refusals.put("POST /api/supply-chains", lead.post("/api/supply-chains", "{\"name\": "));
        refusals.put("GET /api/supply-chains/not-an-id", lead.get("/api/supply-chains/not-an-id"));
        refusals.put("GET /api/supply-chains/" + SOME_ID, lead.get("/api/supply-chains/" + SOME_ID));
        refusals.put("GET /api/audit", lead.get("/api/audit"));
        refusals.put("GET /api/eoi/review-queue", provider.get("/api/eoi/review-queue"));
        refusals.put("POST /api/eoi/submission", provider.post("/api/eoi/submission", ""));
        refusals.put(
                "PUT /api/eoi/parts/services",
                provider.put("/api/eoi/parts/services", "{\"specialities\": [\"juggling\"]}"));
        refusals.put("GET /api/working-days", portal.api().get("/api/working-days?from=2027-01-04&add=-1"));
        refusals.put("GET /api/me", portal.api().withToken("not-a-token").get("/api/me"));

        SoftAssertions softly = new SoftAssertions();
        refusals.forEach((request, answer) -> {
            String operation = document.operationFor(request.split(" ")[0], request.split(" ")[1]);
            softly.assertThat(answer.status())
                    .as(request + " answered: " + shortly(answer))
                    .isBetween(400, 499);
            softly.assertThat(document.statuses(operation))
                    .as(request + " answered " + answer.status())
                    .contains(String.valueOf(answer.status()));
            softly.assertThat(answer.contentType()).as(request).startsWith(Problem.MEDIA_TYPE);
            softly.assertThat(document.mismatches(operation, answer))
                    .as(request + " answered " + shortly(answer))
                    .isEmpty();
            if (answer.status() == 422 || request.endsWith("not-an-id")) {
                softly.assertThat(answer.body())
                        .as(request + " names the field")
                        .contains("\"field\":\"");
            }
        });
        softly.assertAll();
    }

    @Test
    void the_limits_the_document_declares_are_the_ones_the_service_keeps() {
        ApiDocument document = ApiDocument.servedBy(portal.api(), json);
        ApiClient anyone = portal.api();
        Map<?, ?> add = parameter(document, "GET /api/working-days", "add");
        Map<?, ?> year = parameter(document, "GET /api/bank-holidays/{year}", "year");

        assertThat(anyone.get("/api/working-days?from=2027-01-04&add=" + add.get("maximum"))
                        .status())
                .isEqualTo(200);
        assertThat(anyone.get("/api/working-days?from=2027-01-04&add=" + ((int) add.get("maximum") + 1))
                        .status())
                .isEqualTo(422);
        assertThat(anyone.get("/api/working-days?from=2027-01-04&add=" + ((int) add.get("minimum") - 1))
                        .status())
                .isEqualTo(422);
        assertThat(anyone.get("/api/bank-holidays/" + year.get("minimum")).status())
                .isEqualTo(200);
        assertThat(anyone.get("/api/bank-holidays/" + ((int) year.get("minimum") - 1))
                        .status())
                .isEqualTo(422);
        assertThat(anyone.get("/api/bank-holidays/" + ((int) year.get("maximum") + 1))
                        .status())
                .isEqualTo(422);

        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Limited Leads Ltd")));
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.raw().get("components")).get("schemas");
        int longest = (int)
                ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) schemas.get("ShortlistApi.NewShortlist")).get("properties"))
                                .get("name"))
                        .get("maxLength");
        assertThat(lead.post("/api/shortlists", "{\"name\": \"" + "b".repeat(longest) + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(lead.post("/api/shortlists", "{\"name\": \"" + "b".repeat(longest + 1) + "\"}")
                        .status())
                .isEqualTo(422);
    }

    private static Map<?, ?> parameter(ApiDocument document, String operation, String name) {
        return ((List<?>) document.operation(operation).get("parameters"))
                .stream()
                        .map(p -> (Map<?, ?>) p)
                        .filter(p -> name.equals(p.get("name")))
                        .map(p -> (Map<?, ?>) p.get("schema"))
                        .findFirst()
                        .orElseThrow();
    }

    private void call(String method, String path, HttpAnswer answer) {
        answered.put(method + " " + path, answer);
    }

    /** A path a client could send: each parameter filled with something of its kind. */
    private static String concrete(String documentedPath) {
        return documentedPath
                .replace("{part}", "services")
                .replace("{year}", "2027")
                .replace("{code}", "gwent")
                .replaceAll("\\{[^}]+}", SOME_ID);
    }

    private static String shortly(HttpAnswer answer) {
        return answer.body().length() > 300 ? answer.body().substring(0, 300) + "..." : answer.body();
    }

    private static String field(HttpAnswer answer, String name) {
        return answer.body().replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
