package uk.gov.justice.marketplace.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/** What lead providers and commissioners see: approved providers only, filtered by area, service and cohort. */
@MarketplaceTest
class TheRegisterTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private ApiClient steward;

    @BeforeAll
    void aMarket() {
        steward = portal.api(accounts.tokenFor(accounts.steward()));
        approved("Gwent Women's Centre", "womens-services, accommodation", "women", "gwent");
        approved("Wales Mentoring Network", "mentoring", "young-adults", "region-wales");
        approved("Leeds Mentoring Trust", "mentoring", "young-adults, veterans", "west-yorkshire");
        submittedOnly("Pending Charity", "accommodation", "women", "gwent");
    }

    private ApiClient provider(String name, String specialities, String cohorts, String areas) {
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin(name)));
        EoiAnswersJson.complete(name, specialities, cohorts, areas)
                .forEach((part, json) -> provider.put("/api/eoi/parts/" + part, json));
        return provider;
    }

    private void approved(String name, String specialities, String cohorts, String areas) {
        String id = submit(provider(name, specialities, cohorts, areas));
        steward.post(
                "/api/eoi/" + id + "/decisions", "{\"version\": 1, \"outcome\": \"APPROVED\", \"reason\": \"ok\"}");
    }

    private void submittedOnly(String name, String specialities, String cohorts, String areas) {
        submit(provider(name, specialities, cohorts, areas));
    }

    private static String submit(ApiClient provider) {
        return provider.post("/api/eoi/submission", "").body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private String names(String query) {
        return portal.api().get("/api/register" + query).body();
    }

    @Test
    void only_approved_providers_are_in_the_register() {
        assertThat(names(""))
                .contains("Gwent Women's Centre", "Wales Mentoring Network", "Leeds Mentoring Trust")
                .doesNotContain("Pending Charity", "eleri@example.org");
    }

    @Test
    void a_provider_covering_wales_is_found_for_gwent_and_one_covering_gwent_for_wales() {
        assertThat(names("?area=gwent"))
                .contains("Gwent Women's Centre", "Wales Mentoring Network")
                .doesNotContain("Leeds");
        assertThat(names("?area=region-wales")).contains("Gwent Women's Centre", "Wales Mentoring Network");
        assertThat(names("?area=south-wales"))
                .contains("Wales Mentoring Network")
                .doesNotContain("Gwent Women");
    }

    @Test
    void services_and_cohorts_narrow_the_list() {
        assertThat(names("?speciality=mentoring&cohort=veterans"))
                .contains("Leeds Mentoring Trust")
                .doesNotContain("Wales Mentoring Network", "Gwent");
        assertThat(names("?area=gwent&cohort=women"))
                .contains("Gwent Women's Centre")
                .doesNotContain("Wales Mentoring");
    }

    @Test
    void an_unknown_area_is_a_clear_error() {
        HttpAnswer answer = portal.api().get("/api/register?area=atlantis");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("\"field\":\"area\"");
    }

    @Test
    void the_register_downloads_as_csv_open_data() {
        HttpAnswer csv = portal.api().getAccepting("/api/register/register.csv?cohort=women", "text/csv");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("organisation_id,name,legal_form")
                .contains("Gwent Women's Centre,CIO,1187654,womens-services;accommodation,women,gwent,true")
                .doesNotContain("Leeds");
    }

    @Test
    void the_register_page_filters_without_javascript_in_welsh_too() {
        HttpAnswer page = portal.newBrowser().get("/providers?area=gwent&speciality=womens-services");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Gwent Women&#39;s Centre", "Women&#39;s services", "Gwent")
                .doesNotContain("Leeds Mentoring Trust");
        var welsh = portal.newBrowser();
        welsh.get("/language?lang=cy&returnTo=/providers");
        assertThat(welsh.get("/providers?cohort=women").body()).contains("Gwasanaethau i fenywod", "Menywod");
    }
}
