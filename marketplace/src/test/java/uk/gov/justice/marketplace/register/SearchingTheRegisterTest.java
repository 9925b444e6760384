package uk.gov.justice.marketplace.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * Lead providers search the register by words and filters through the API (embedded engine), and search follows
 * the register: approvals, updates and withdrawals are searchable within moments.
 */
@MarketplaceTest
class SearchingTheRegisterTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    private ApiClient lead;
    private ApiClient steward;

    @BeforeAll
    void aRegister() {
        providers.approve(
                EoiAnswersJson.complete("Gwent Women's Centre", "womens-services, accommodation", "women", "gwent"));
        Map<String, String> wales =
                EoiAnswersJson.complete("Wales Housing Network", "accommodation", "young-adults", "region-wales");
        wales.put(
                "evidence",
                """
                {"caseStudies": "Supported housing for young adults leaving custody across Wales."}""");
        providers.approve(wales);
        providers.approve(EoiAnswersJson.complete(
                "Leeds Mentoring Trust", "education-training-employment", "young-adults", "west-yorkshire"));
        providers.sent(EoiAnswersJson.complete("Pending Women's Project", "womens-services", "women", "gwent"));
        lead = portal.api(accounts.tokenFor(accounts.leadProvider("Cymru Rehabilitation Partnership")));
        steward = portal.api(accounts.tokenFor(accounts.steward()));
        soon(() -> search("area=region-wales").contains("Wales Housing Network"));
    }

    @Test
    void words_and_an_area_find_the_approved_providers_with_snippets_and_facets() {
        String women = search("text=women&area=gwent");
        assertThat(women)
                .contains("\"total\":1", "Gwent Women's Centre")
                .doesNotContain("Wales Housing", "Pending Women's Project");

        String housing = search("text=housed&area=gwent&sort=name");
        assertThat(housing)
                .contains("\"total\":2", "Gwent Women's Centre", "Wales Housing Network")
                .contains("{\"text\":\"housing\",\"matched\":true}");
        assertThat(housing)
                .contains(
                        "{\"value\":\"accommodation\",\"label\":\"Accommodation\",\"count\":2}",
                        "{\"value\":\"womens-services\",\"label\":\"Women's services\",\"count\":1}");
    }

    @Test
    void filters_narrow_and_welsh_labels_come_with_welsh() {
        String found = lead.withLanguage("cy")
                .get("/api/search?speciality=accommodation&speciality=womens-services"
                        + "&specialityMatch=all&jdl=true")
                .body();

        assertThat(found).contains("\"total\":1", "Gwent Women's Centre", "\"label\":\"Llety\"");
        assertThat(search("cohort=young-adults&sort=name")).contains("\"total\":2", "Leeds Mentoring Trust");
    }

    @Test
    void an_update_and_a_withdrawal_reach_search_within_moments() {
        ApiClient cardiff = providers.approve(
                EoiAnswersJson.complete("Cardiff Lodgings Project", "accommodation", "young-adults", "south-wales"));
        soon(() -> search("text=lodgings").contains("\"total\":1"));
        cardiff.put(
                "/api/eoi/parts/evidence",
                """
                {"caseStudies": "Floating support for care leavers in Splott."}""");
        cardiff.post("/api/eoi/submission", "");
        String id = cardiff.get("/api/eoi").body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        steward.post(
                "/api/eoi/" + id + "/decisions",
                """
                {"version": 2, "outcome": "APPROVED", "reason": "Update fine"}""");
        soon(() -> search("text=splott").contains("Cardiff Lodgings Project"));

        cardiff.post("/api/eoi/withdrawal", "");
        soon(() -> search("text=lodgings").contains("\"total\":0"));
        assertThat(steward.get("/api/search/health").body())
                .contains("\"engine\":\"lucene\"", "\"backlog\":0", "\"providers\":3");
    }

    @Test
    void bad_searches_get_a_clear_answer_naming_the_field() {
        assertRefused("area=atlantis", "area");
        assertRefused("speciality=juggling", "speciality");
        assertRefused("text=" + encode("women ".repeat(1_700)), "text");
        assertRefused("page=10000", "page");
        assertRefused("pageSize=-1", "pageSize");
        assertRefused("page=first", "page");
        assertRefused("welsh=maybe", "welsh");
        assertThat(lead.get("/api/search?text=" + encode("women\" OR (accommodation* AND -) {}[]:^~"))
                        .status())
                .isEqualTo(200);
        assertThat(lead.get("/api/search?pageSize=1000").body()).contains("\"pageSize\":100");
    }

    @Test
    void only_signed_in_users_search_and_only_the_steward_reindexes() {
        assertThat(portal.api().get("/api/search?text=women").status()).isEqualTo(401);
        assertThat(lead.get("/api/search/health").status()).isEqualTo(403);
        assertThat(lead.post("/api/search/reindex", "").status()).isEqualTo(403);
        HttpAnswer reindexed = steward.post("/api/search/reindex", "");
        assertThat(reindexed.status()).isEqualTo(200);
        assertThat(search("sort=name")).contains("Gwent Women's Centre", "Leeds Mentoring Trust");
    }

    private void assertRefused(String query, String field) {
        HttpAnswer refused = lead.get("/api/search?" + query);
        String shortQuery = query.length() > 40 ? query.substring(0, 40) + "..." : query;
        assertThat(refused.status()).as(shortQuery).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).as(shortQuery).contains("\"field\":\"" + field + "\"");
    }

    private String search(String query) {
        HttpAnswer answer = lead.get("/api/search?" + query);
        assertThat(answer.status()).as(query).isEqualTo(200);
        return answer.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Approved-to-searchable is well under a second; five allows for a slow machine. */
    private static void soon(BooleanSupplier condition) {
        Eventually.within(Duration.ofSeconds(5), condition);
    }
}
