package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * A PCC drafts a 60/40 agreement with a probation region on the portal, both sign it there, the PCC varies it and
 * the history keeps both versions; a form whose contributions do not add up comes back with what was typed.
 */
@MarketplaceTest
class FundersOnTheCoCommissioningPagesTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private PortalClient pcc;
    private PortalClient region;
    private Viewer pccViewer;
    private Viewer regionViewer;

    @BeforeAll
    void twoCommissionersSignedIn() {
        String pccEmail = accounts.commissioner("West Yorkshire Mayor's Policing Office");
        String regionEmail = accounts.commissioner("Probation Service Yorkshire and the Humber");
        pccViewer = accounts.viewer(pccEmail);
        regionViewer = accounts.viewer(regionEmail);
        pcc = portal.signedIn(pccEmail);
        region = portal.signedIn(regionEmail);
    }

    @Test
    void both_funders_sign_on_the_agreement_page_and_a_variation_joins_the_history() {
        pcc.get("/co-commissioning/new");
        HttpAnswer drafted =
                pcc.post("/co-commissioning/new", form("Young adult mentoring", "100000", "60000", "40000"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(303);
        String agreement = drafted.location();

        HttpAnswer page = pcc.get(agreement);
        assertThat(page.body())
                .contains(
                        "Young adult mentoring",
                        "No version is in force yet",
                        "£60,000.00",
                        "60%",
                        "Not signed yet",
                        "Sign for your organisation");
        assertThat(pcc.post(agreement + "/versions/1/signature", Map.of()).status())
                .isEqualTo(303);
        assertThat(pcc.get(agreement).body())
                .contains("No version is in force yet")
                .doesNotContain("Sign for your");

        region.get(agreement);
        region.post(agreement + "/versions/1/signature", Map.of());
        assertThat(region.get(agreement).body()).contains("Version 1 in force since", "Propose a variation");

        HttpAnswer variation = pcc.get(agreement + "/variation");
        assertThat(variation.body()).contains("value=\"60000\"", "Why the agreement is being varied");
        Map<String, String> raised = form(null, "120000", "80000", "40000");
        raised.put("reason", "The PCC raises its contribution");
        assertThat(pcc.post(agreement + "/variation", raised).status()).isEqualTo(303);

        assertThat(region.get(agreement + "/history").body())
                .contains(
                        "Version 2: waiting for signatures",
                        "Version 1: in force",
                        "The PCC raises its contribution",
                        "£80,000.00",
                        "66.67%");
    }

    @Test
    void contributions_that_do_not_add_up_come_back_with_the_error_summary_and_what_was_typed() {
        pcc.get("/co-commissioning/new");
        HttpAnswer refused =
                pcc.post("/co-commissioning/new", form("Short by ten thousand", "100000", "60000", "30000"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#amount1\"",
                        "do not add up to the total",
                        "value=\"30000\"",
                        "value=\"Short by ten thousand\"");
    }

    @Test
    void the_agreement_reads_in_welsh() {
        pcc.get("/co-commissioning/new");
        String agreement = pcc.post("/co-commissioning/new", form("Mentora", "1000", "600", "400"))
                .location();

        region.get("/language?lang=cy");
        assertThat(region.get(agreement).body())
                .contains("Cyllidwyr a chyfraniadau", "Heb ei llofnodi eto", "Llai o oedolion ifanc yn aildroseddu");
        region.get("/language?lang=en");
    }

    private Map<String, String> form(String name, String total, String pccPays, String regionPays) {
        Map<String, String> form = new LinkedHashMap<>();
        if (name != null) {
            form.put("name", name);
        }
        form.put("hostId", pccViewer.organisationId().toString());
        form.put("funding", "POOLED");
        form.put("financialYear", "2026-27");
        form.put("total", total);
        form.put("area", "west-yorkshire");
        form.put("riskRule", "PRO_RATA");
        form.put("funder1", pccViewer.organisationId().toString());
        form.put("amount1", pccPays);
        form.put("plan1", "Police and Crime Plan 2025-29");
        form.put("priority1", "Fewer young adults reoffending");
        form.put("priorityCy1", "Llai o oedolion ifanc yn aildroseddu");
        form.put("funder2", regionViewer.organisationId().toString());
        form.put("amount2", regionPays);
        return form;
    }
}
