package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.justice.marketplace.ratecard.RateCardSearchServices.Offer;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.MovableClock;
import uk.gov.justice.marketplace.support.Portal;

/**
 * A commissioner searches the rate card through the API (embedded engine): words, areas by containment, prices,
 * capacity left in a period, Welsh delivery and evidence; and search follows the rate card as prices change,
 * on the day they take effect, orders take capacity and services are withdrawn.
 */
@MarketplaceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommissionerSearchingTheRateCardTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    RateCardSearchServices rateCard;

    private final MovableClock clock = new MovableClock();

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private ApiClient commissioner;
    private UUID mentoring;
    private UUID housing;

    @BeforeAll
    void aRateCard() {
        ApiClient gwent =
                providers.approve(EoiAnswersJson.complete("Gwent Women's Centre", "womens-services", "women", "gwent"));
        ApiClient leeds = providers.approve(EoiAnswersJson.complete(
                "Leeds Mentoring Trust", "education-training-employment", "young-adults", "west-yorkshire"));
        mentoring = rateCard.publish(
                gwent,
                Offer.of("Mentoring session for women", "womens-services", "gwent", Unit.SESSION, "45.00")
                        .inAreas(Map.of("gwent", 12))
                        .forCohorts("women")
                        .inWelsh()
                        .withEvidence());
        rateCard.publish(
                leeds,
                Offer.of(
                        "Employment course",
                        "education-training-employment",
                        "west-yorkshire",
                        Unit.PROGRAMME,
                        "600.00"));
        housing = rateCard.publish(
                leeds,
                Offer.of("Tenancy support visits", "accommodation", "region-wales", Unit.WEEK, "120.00")
                        .inAreas(Map.of("region-wales", 30))
                        .perQuarter());
        rateCard.draft(gwent, Offer.of("Unpublished counselling", "health", "gwent", Unit.HOUR, "30.00"));
        commissioner = portal.api(accounts.tokenFor(accounts.commissioner("West Yorkshire Combined Authority")));
        soon(() -> search("sort=price").contains("Tenancy support visits"));
    }

    @Test
    void an_area_finds_services_delivered_in_areas_containing_it_or_inside_it_cheapest_first() {
        String wales = search("area=region-wales&sort=price");

        assertThat(wales).contains("\"total\":2").doesNotContain("Employment course", "Unpublished counselling");
        assertThat(wales.indexOf("Mentoring session for women")).isLessThan(wales.indexOf("Tenancy support visits"));
        assertThat(search("area=gwent&sort=price-desc")).contains("\"total\":2");
        assertThat(search("area=region-wales&sort=price-desc").indexOf("Tenancy support visits"))
                .isLessThan(search("area=region-wales&sort=price-desc").indexOf("Mentoring session for women"));
    }

    @Test
    void words_find_services_by_title_provider_and_speciality_in_english_or_welsh() {
        String mentoring = search("text=mentoring&sort=relevance");
        assertThat(mentoring).contains("\"total\":3", "Employment course", "{\"text\":\"Mentoring\",\"matched\":true}");
        assertThat(mentoring.indexOf("Mentoring session for women")).isLessThan(mentoring.indexOf("Employment course"));
        assertThat(search("text=llety")).contains("\"total\":1", "Tenancy support visits");
        assertThat(commissioner
                        .withLanguage("cy")
                        .get("/api/rate-card/search?text=tenancy")
                        .body())
                .contains("Gwasanaeth: Tenancy support visits", "\"label\":\"Llety\"");
    }

    @Test
    void filters_narrow_by_price_unit_speciality_cohort_welsh_and_evidence() {
        assertThat(search("priceFrom=100&priceTo=600")).contains("\"total\":2").doesNotContain("Mentoring session");
        assertThat(search("priceTo=£45")).contains("\"total\":1", "Mentoring session for women");
        assertThat(search("unit=WEEK&unit=SESSION")).contains("\"total\":2").doesNotContain("Employment course");
        assertThat(search("speciality=accommodation")).contains("\"total\":1", "Tenancy support visits");
        assertThat(search("cohort=women")).contains("\"total\":1", "Mentoring session for women");
        assertThat(search("welsh=true")).contains("\"total\":1", "\"welshDelivery\":true");
        assertThat(search("evidence=true"))
                .contains("\"total\":1", "Mentoring session for women", "\"justiceDataLabResult\":true");
        assertThat(search("")).contains("{\"value\":\"SESSION\",\"label\":\"Session\",\"count\":1}");
    }

    /** Last, as it changes what the others find. */
    @Test
    @Order(Integer.MAX_VALUE)
    void units_taken_by_orders_and_new_prices_reach_search_and_withdrawn_services_leave_it() {
        LocalDate today = LocalDate.now(clock);
        assertThat(search("area=gwent&minCapacity=5")).contains("Mentoring session for women");

        rateCard.reserve(
                mentoring,
                "gwent",
                Period.containing(CapacityPeriod.MONTH, today).start(),
                10);
        soon(() -> !search("area=gwent&minCapacity=5&period=this").contains("Mentoring session for women"));
        assertThat(search("area=gwent&minCapacity=5&period=next")).contains("Mentoring session for women");
        assertThat(search("area=gwent&minCapacity=2&period=this")).contains("Mentoring session for women");

        rateCard.reprice(housing, "95.00", today.plusDays(1));
        soon(() -> rateCardHealth().contains("\"backlog\":0"));
        assertThat(search("priceTo=100")).doesNotContain("Tenancy support visits");
        clock.advance(Duration.ofDays(1));
        soon(() -> search("priceTo=100").contains("Tenancy support visits"));

        rateCard.withdraw(housing);
        soon(() -> !search("").contains("Tenancy support visits"));
        assertThat(rateCardHealth()).contains("\"engine\":\"lucene\"", "\"backlog\":0", "\"services\":2");
    }

    @Test
    void bad_searches_get_a_clear_answer_naming_the_field() {
        assertRefused("area=atlantis", "area");
        assertRefused("speciality=juggling", "speciality");
        assertRefused("cohort=everyone", "cohort");
        assertRefused("unit=BOX", "unit");
        assertRefused("priceFrom=-1", "priceFrom");
        assertRefused("priceFrom=ten", "priceFrom");
        assertRefused("priceTo=10.001", "priceTo");
        assertRefused("priceFrom=50&priceTo=10", "priceTo");
        assertRefused("minCapacity=-3", "minCapacity");
        assertRefused("minCapacity=lots", "minCapacity");
        assertRefused("period=later", "period");
        assertRefused("welsh=maybe", "welsh");
        assertRefused("sort=cheapest", "sort");
        assertRefused("page=10000", "page");
        assertRefused("pageSize=0", "pageSize");
        assertRefused("text=" + "mentoring+".repeat(60), "text");
        HttpAnswer both = commissioner.get("/api/rate-card/search?area=atlantis&priceFrom=x");
        assertThat(both.body()).contains("\"field\":\"area\"", "\"field\":\"priceFrom\"");
        assertThat(commissioner.get("/api/rate-card/search?pageSize=1000").body())
                .contains("\"pageSize\":100");
    }

    @Test
    void only_signed_in_users_search_and_only_the_steward_sees_the_index_and_rebuilds_it() {
        assertThat(portal.api().get("/api/rate-card/search").status()).isEqualTo(401);
        assertThat(commissioner.get("/api/rate-card/search/health").status()).isEqualTo(403);
        assertThat(commissioner.post("/api/rate-card/search/reindex", "").status())
                .isEqualTo(403);
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        assertThat(steward.post("/api/rate-card/search/reindex", "").status()).isEqualTo(200);
        assertThat(search("")).contains("Mentoring session for women");
    }

    private String rateCardHealth() {
        return portal.api(accounts.tokenFor(accounts.steward()))
                .get("/api/rate-card/search/health")
                .body();
    }

    private void assertRefused(String query, String field) {
        HttpAnswer refused = commissioner.get("/api/rate-card/search?" + query);
        String shortQuery = query.length() > 40 ? query.substring(0, 40) + "..." : query;
        assertThat(refused.status()).as(shortQuery).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).as(shortQuery).contains("\"field\":\"" + field + "\"");
    }

    private String search(String query) {
        HttpAnswer answer = commissioner.get("/api/rate-card/search?" + query);
        assertThat(answer.status()).as(query).isEqualTo(200);
        return answer.body();
    }

    private static void soon(BooleanSupplier condition) {
        Eventually.within(Duration.ofSeconds(5), condition);
    }
}
