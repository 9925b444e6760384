package uk.gov.justice.marketplace.cocommissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A PCC and the Probation Service's Yorkshire and the Humber region pool a mentoring budget 60/40; a confirmed
 * invoice on the pool is reported 60/40, and after the PCC raises its contribution later spend follows the new split
 * while the earlier spend stays as it was. Each funder reads its own figures and the shared totals (API, CSV, page).
 */
@MarketplaceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundersReadingTheirSpendTest implements FreshDatabase {

    private static final String AGREEMENTS = PooledMentoring.AGREEMENTS;
    private static final String AREA = PooledMentoring.AREA;
    private static final String YEAR = PooledMentoring.YEAR;

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures rateCard;

    private PooledMentoring pool;
    private String pccEmail;
    private ApiClient pcc;
    private ApiClient region;
    private ApiClient outsider;
    private String agreement;

    @BeforeAll
    void aSixtyFortyPoolInForce() {
        pool = PooledMentoring.published(portal, accounts, rateCard);
        pccEmail = pool.pccEmail;
        pcc = pool.pcc;
        region = pool.region;
        outsider = portal.api(accounts.tokenFor(accounts.commissioner("Office of the PCC for Gwent")));
        pool.draft("100000", "60000", "40000");
        agreement = pool.agreement;
        pool.signByBoth(1);
    }

    @Test
    @Order(1)
    void a_confirmed_invoice_on_the_pool_is_attributed_sixty_forty() {
        pool.confirmedSpendOfTenSessions();

        HttpAnswer regions = region.get(AGREEMENTS + "/" + agreement + "/spend?year=" + YEAR);

        assertThat(regions.status()).as(regions.body()).isEqualTo(200);
        assertThat(regions.body())
                .contains(
                        "\"yours\":{\"contribution\":40000.00,\"committed\":340.00",
                        "\"spent\":340.00",
                        "\"total\":{\"contribution\":100000.00,\"committed\":850.00",
                        "\"spent\":850.00");
        assertThat(pcc.get(AGREEMENTS + "/" + agreement + "/spend").body())
                .contains("\"yours\":{\"contribution\":60000.00,\"committed\":510.00", "\"spent\":510.00");
    }

    @Test
    @Order(2)
    void after_a_variation_later_spend_follows_the_new_split_and_earlier_spend_stays() {
        pool.vary("The PCC raises its contribution", "120000", "80000", "40000");
        pool.signByBoth(2);

        pool.confirmedSpendOfTenSessions();

        String pccs =
                pcc.get(AGREEMENTS + "/" + agreement + "/spend?year=" + YEAR).body();
        // 510 + 566.67 (850 at 80/120) and 340 + 283.33 (850 at 40/120): the first invoice kept its 60/40
        assertThat(pccs).contains("\"yours\":{\"contribution\":80000.00,", "\"spent\":1076.67", "\"spent\":1700.00");
        assertThat(region.get(AGREEMENTS + "/" + agreement + "/spend").body())
                .contains("\"yours\":{\"contribution\":40000.00,", "\"spent\":623.33");
    }

    @Test
    @Order(3)
    void the_csv_holds_the_readers_own_figures_and_the_totals() {
        HttpAnswer csv = region.getAccepting(AGREEMENTS + "/" + agreement + "/spend.csv?year=" + YEAR, "text/csv");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("agreement_id,financial_year,kind,heading,contribution,committed,spent,your_spent,currency")
                .contains(agreement + "," + YEAR + ",yours,,40000", agreement + "," + YEAR + ",total,,120000")
                .contains("area," + AREA + ",,,1700.00,623.33,GBP");
    }

    @Test
    @Order(4)
    void the_page_draws_the_chart_as_an_image_with_the_figures_in_a_table_too() {
        PortalClient browser = portal.signedIn(pccEmail);

        HttpAnswer page = browser.get("/co-commissioning/" + agreement + "/spend?year=" + YEAR);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("role=\"img\"", "aria-labelledby=\"spend-chart-title spend-chart-desc\"")
                .contains("<title id=\"spend-chart-title\">Contribution, committed and spent, " + YEAR + "</title>")
                .contains("£1,076.67", "Your organisation", "All funders", "January to March")
                .contains("Fewer young adults reoffending");
        browser.get("/language?lang=cy&returnTo=/");
        assertThat(browser.get("/co-commissioning/" + agreement + "/spend?year=" + YEAR)
                        .body())
                .contains("<html lang=\"cy\"", "Eich sefydliad", "Cyfraniad, wedi&#39;i ymrwymo");
    }

    @Test
    @Order(5)
    void a_year_written_wrongly_is_refused_naming_the_year() {
        HttpAnswer api = pcc.get(AGREEMENTS + "/" + agreement + "/spend?year=2026");
        HttpAnswer page = portal.signedIn(pccEmail).get("/co-commissioning/" + agreement + "/spend?year=26/27");

        assertThat(api.status()).isEqualTo(422);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"year\"", "Enter a financial year like 2026-27");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("govuk-error-summary", "href=\"#year\"", "value=\"26/27\"");
    }

    @Test
    @Order(6)
    void an_organisation_that_funds_nothing_reads_nothing() {
        assertThat(outsider.get(AGREEMENTS + "/" + agreement + "/spend").status())
                .isEqualTo(404);
    }

    @Test
    @Order(7)
    void anyone_reads_the_agreement_and_its_orders_as_valid_ocds_releases_broken_down_by_funder() throws Exception {
        HttpAnswer published = portal.api().get("/api/co-commissioning/releases");

        assertThat(published.status()).isEqualTo(200);
        JsonNode release = OcdsReleaseSchema.JSON
                .readTree(published.body())
                .path("releases")
                .get(0);
        assertThat(OcdsReleaseSchema.problemsWith(release)).isEmpty();
        assertThat(release.path("ocid").asText()).isEqualTo("ocds-mrs000-" + agreement);
        assertThat(release.path("buyer").path("name").asText()).isEqualTo("West Yorkshire Mayor's Policing Office");
        JsonNode breakdown = release.path("planning").path("budget").path("budgetBreakdown");
        assertThat(breakdown.get(0).path("amount").path("amount").decimalValue())
                .isEqualByComparingTo("80000");
        assertThat(breakdown.get(1).path("sourceParty").path("name").asText())
                .isEqualTo("Probation Service Yorkshire and the Humber");
        assertThat(release.path("awards")).hasSize(2);
        assertThat(release.path("awards").get(0).path("value").path("amount").decimalValue())
                .isEqualByComparingTo("850");
        assertThat(release.path("awards")
                        .get(0)
                        .path("suppliers")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("Leeds Young Adults Mentoring");
    }
}
