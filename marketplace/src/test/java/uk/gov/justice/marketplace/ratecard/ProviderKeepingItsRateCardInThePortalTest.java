package uk.gov.justice.marketplace.ratecard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.RateCardFixtures;

/**
 * A provider keeps its rate card in the portal: adds a service, prices it, publishes it; a price backdated or a
 * service with answers left out comes back with the GOV.UK error summary and what was typed kept. Anyone reads the
 * published service's page with its price history; the steward sets a guide price on a page of its own.
 */
@MarketplaceTest
class ProviderKeepingItsRateCardInThePortalTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    RateCardFixtures fixtures;

    @Inject
    Clock clock;

    private PortalClient provider;
    private PortalClient steward;

    @BeforeAll
    void aProviderAndTheStewardSignedIn() {
        String email = fixtures.mentoringProvider("Huddersfield Mentoring").me("email");
        provider = portal.newBrowser();
        provider.signIn(email, Accounts.PASSWORD);
        steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);
    }

    @Test
    void a_service_added_priced_and_published_is_shown_to_anyone_with_its_price_history() {
        assertThat(provider.get("/rate-card/services/new").status()).isEqualTo(200);
        HttpAnswer drafted = provider.post("/rate-card/services", service("west-yorkshire", "12"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(303);
        String edit = drafted.location().replaceAll("\\?.*", "");
        String id = edit.replaceAll(".*/services/([0-9a-f-]{36})/edit", "$1");
        provider.get(edit);

        assertThat(provider.post("/rate-card/services/" + id + "/prices", price("45.00", today()))
                        .status())
                .isEqualTo(303);
        provider.get(edit);
        assertThat(provider.post("/rate-card/services/" + id + "/publication", Map.of())
                        .status())
                .isEqualTo(303);

        assertThat(provider.get("/rate-card/services/mine").body())
                .contains("Mentoring in Kirklees", "Published", "£45.00");
        HttpAnswer page = portal.newBrowser().get("/rate-card/services/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.heading()).isEqualTo("Mentoring in Kirklees");
        assertThat(page.body())
                .contains("Huddersfield Mentoring", "£45.00", "Every price of this service", "West Yorkshire");
    }

    @Test
    void a_backdated_price_comes_back_naming_the_date_with_the_amount_as_typed() {
        String edit = provider.post("/rate-card/services", service("west-yorkshire", "5"))
                .location()
                .replaceAll("\\?.*", "");
        String id = edit.replaceAll(".*/services/([0-9a-f-]{36})/edit", "$1");
        provider.get(edit);

        HttpAnswer refused =
                provider.post("/rate-card/services/" + id + "/prices", price("37.50", today().minusDays(3)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#effectiveFrom\"",
                        "The date a price applies from cannot be before today",
                        "value=\"37.50\"");
    }

    @Test
    void a_service_with_answers_left_out_comes_back_with_each_one_linked_and_the_rest_kept() {
        provider.get("/rate-card/services/new");
        Map<String, Object> typed = service("", "");
        typed.put("speciality", "");

        HttpAnswer refused = provider.post("/rate-card/services", typed);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "govuk-error-summary",
                        "href=\"#speciality\"",
                        "href=\"#areas\"",
                        "value=\"Mentoring in Kirklees\"");
    }

    @Test
    void the_steward_sets_a_guide_price_and_a_guide_price_without_a_reason_comes_back() {
        assertThat(steward.get("/rate-card/guide-prices").status()).isEqualTo(200);
        HttpAnswer refused = steward.post(
                "/rate-card/guide-prices", Map.of("speciality", "mentoring", "unit", "SESSION", "amount", "40"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#reason\"", "value=\"40\"");

        assertThat(steward.post(
                                "/rate-card/guide-prices",
                                Map.of(
                                        "speciality",
                                        "mentoring",
                                        "unit",
                                        "SESSION",
                                        "amount",
                                        "40",
                                        "reason",
                                        "2025-26 contracts"))
                        .status())
                .isEqualTo(303);
        assertThat(steward.get("/rate-card/guide-prices").body()).contains("£40.00", "2025-26 contracts");
        assertThat(provider.get("/rate-card/guide-prices").status()).isEqualTo(403);
    }

    private static Map<String, Object> service(String area, String capacity) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("speciality", "mentoring");
        form.put("unit", "SESSION");
        form.put("titleEn", "Mentoring in Kirklees");
        form.put("titleCy", "Mentora yn Kirklees");
        form.put("descriptionEn", "Weekly sessions.");
        form.put("descriptionCy", "Sesiynau wythnosol.");
        form.put("cohorts", List.of("young-adults"));
        form.put("capacityPeriod", "MONTH");
        form.put("area1", area);
        form.put("capacity1", capacity);
        form.put("minimumOrder", "1");
        form.put("leadTimeDays", "5");
        form.put("welshDelivery", "no");
        return form;
    }

    private static Map<String, String> price(String amount, LocalDate from) {
        return Map.of(
                "unitPrice",
                amount,
                "vat",
                "EXEMPT",
                "effectiveFromDay",
                String.valueOf(from.getDayOfMonth()),
                "effectiveFromMonth",
                String.valueOf(from.getMonthValue()),
                "effectiveFromYear",
                String.valueOf(from.getYear()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
