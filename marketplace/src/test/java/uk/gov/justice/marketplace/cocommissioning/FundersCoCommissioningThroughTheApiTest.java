package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A PCC and the Probation Service's Yorkshire and the Humber region agree a 60/40 mentoring service through the
 * API: drafted, signed by each for itself, varied; every bad answer of the issue is refused naming its field.
 */
@MarketplaceTest
class FundersCoCommissioningThroughTheApiTest implements FreshDatabase {

    private static final String AGREEMENTS = "/api/co-commissioning/agreements";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures rateCard;

    private ApiClient pcc;
    private ApiClient region;
    private ApiClient outsider;
    private String pccId;
    private String regionId;

    @BeforeAll
    void twoCommissioners() {
        pcc = portal.api(accounts.tokenFor(accounts.commissioner("West Yorkshire Mayor's Policing Office")));
        region = portal.api(accounts.tokenFor(accounts.commissioner("Probation Service Yorkshire and the Humber")));
        outsider = portal.api(accounts.tokenFor(accounts.commissioner("Office of the PCC for Gwent")));
        pccId = pcc.me("organisationId");
        regionId = region.me("organisationId");
    }

    @Test
    void both_funders_sign_and_the_version_in_force_shows_sixty_forty_then_a_variation_needs_both_again() {
        String id = idOf(pcc.post(AGREEMENTS, draft("Young adult mentoring", "100000", "60000", "40000")));
        assertThat(pcc.get(AGREEMENTS + "/" + id + "/versions/in-force").status())
                .isEqualTo(404);

        assertThat(pcc.post(signatures(id, 1), "{}").status()).isEqualTo(200);
        HttpAnswer both = region.post(signatures(id, 1), "{\"funderId\": \"" + regionId + "\"}");
        assertThat(both.body()).contains("\"versionInForce\":1", "\"status\":\"IN_FORCE\"");

        HttpAnswer inForce = region.get(AGREEMENTS + "/" + id + "/versions/in-force");
        assertThat(inForce.body())
                .contains("\"amount\":60000", "\"sharePercent\":60", "\"amount\":40000", "\"sharePercent\":40");

        HttpAnswer varied = pcc.post(
                AGREEMENTS + "/" + id + "/versions",
                "{\"reason\": \"The PCC raises its contribution\", \"terms\": " + terms("120000", "80000", "40000")
                        + "}");
        assertThat(varied.status()).isEqualTo(201);
        pcc.post(signatures(id, 2), "{}");
        assertThat(region.get(AGREEMENTS + "/" + id + "/versions/in-force").body())
                .contains("\"number\":1", "\"amount\":60000");

        region.post(signatures(id, 2), "{}");
        HttpAnswer history = region.get(AGREEMENTS + "/" + id);
        assertThat(history.body())
                .contains("\"versionInForce\":2", "\"SUPERSEDED\"", "The PCC raises its contribution");
        assertThat(region.get(AGREEMENTS + "/" + id + "/versions/in-force").body())
                .contains("\"number\":2", "\"amount\":80000", "\"sharePercent\":66.67");
    }

    @Test
    void a_funder_signing_for_another_organisation_is_refused_naming_the_funder() {
        String id = idOf(pcc.post(AGREEMENTS, draft("Accommodation pilot", "50000", "30000", "20000")));

        HttpAnswer refused = pcc.post(signatures(id, 1), "{\"funderId\": \"" + regionId + "\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"funderId\"", "only for your own organisation");
        assertThat(pcc.get(AGREEMENTS + "/" + id).body()).contains("\"signatures\":[]");
    }

    @Test
    void contributions_that_do_not_add_up_to_the_total_are_refused_and_nothing_is_kept() {
        HttpAnswer refused = pcc.post(AGREEMENTS, draft("Short by ten thousand", "100000", "60000", "30000"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"contributions\"", "do not add up to the total");
        assertThat(pcc.get(AGREEMENTS).body()).doesNotContain("Short by ten thousand");
    }

    @Test
    void an_organisation_that_funds_nothing_cannot_read_or_sign_the_agreement() {
        String id = idOf(pcc.post(AGREEMENTS, draft("Private to its funders", "1000", "600", "400")));

        assertThat(outsider.get(AGREEMENTS + "/" + id).status()).isEqualTo(404);
        assertThat(outsider.post(signatures(id, 1), "{}").status()).isEqualTo(404);
        assertThat(outsider.get(AGREEMENTS).body()).isEqualTo("[]");
    }

    @Test
    void the_agreement_buys_only_services_published_on_the_rate_card() {
        ApiClient mentors = rateCard.mentoringProvider("Leeds Mentoring Collective");
        UUID service = rateCard.published(mentors, "85.00", CapacityPeriod.MONTH, new ServedArea("west-yorkshire", 20))
                .id();
        String buying =
                terms("1000", "600", "400").replace("\"areas\"", "\"serviceIds\": [\"" + service + "\"], \"areas\"");
        String unknown = terms("1000", "600", "400")
                .replace("\"areas\"", "\"serviceIds\": [\"" + UUID.randomUUID() + "\"], \"areas\"");

        HttpAnswer bought = pcc.post(AGREEMENTS, "{\"name\": \"Mentoring lines\", \"terms\": " + buying + "}");
        HttpAnswer refused = pcc.post(AGREEMENTS, "{\"name\": \"Nothing to buy\", \"terms\": " + unknown + "}");

        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        assertThat(bought.body()).contains(service.toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"serviceIds\"");
    }

    private static String signatures(String id, int version) {
        return AGREEMENTS + "/" + id + "/versions/" + version + "/signatures";
    }

    private String draft(String name, String total, String pccPays, String regionPays) {
        return "{\"name\": \"" + name + "\", \"terms\": " + terms(total, pccPays, regionPays) + "}";
    }

    private String terms(String total, String pccPays, String regionPays) {
        return """
                {"hostId": "%1$s", "funding": "POOLED", "riskRule": "PRO_RATA",
                 "years": [{"financialYear": "2026-27", "total": %3$s}],
                 "funders": [
                   {"organisationId": "%1$s", "planName": "Police and Crime Plan 2025-29",
                    "contributions": [{"financialYear": "2026-27", "amount": %4$s}]},
                   {"organisationId": "%2$s",
                    "contributions": [{"financialYear": "2026-27", "amount": %5$s}]}],
                 "areas": ["west-yorkshire"],
                 "priorities": [{"funderId": "%1$s", "english": "Fewer young adults reoffending",
                                 "welsh": "Llai o oedolion ifanc yn aildroseddu"}]}"""
                .formatted(pccId, regionId, total, pccPays, regionPays);
    }

    private static String idOf(HttpAnswer created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
