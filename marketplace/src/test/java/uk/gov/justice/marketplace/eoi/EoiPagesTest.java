package uk.gov.justice.marketplace.eoi;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** The Expression of Interest pages refuse what they cannot use, keep what was typed and saved, and escape it. */
@MarketplaceTest
class EoiPagesTest implements FreshDatabase {

    private static final String SCRIPT = "<script>alert('x')</script><b>bold</b>";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void markup_in_every_free_text_answer_is_shown_as_text_on_every_page() {
        PortalClient provider = signedIn(accounts.providerAdmin("Escaping Trust"));
        fillInEverything(provider, SCRIPT, SCRIPT);
        provider.get("/eoi/check");
        assertThat(provider.post("/eoi/submission", Map.of()).status()).isEqualTo(303);
        PortalClient steward = signedIn(accounts.steward());
        String review = reviewLink(steward, SCRIPT);

        List<HttpAnswer> pages = List.of(provider.get("/eoi/check"), steward.get("/review"), steward.get(review));
        steward.post(review + "/decision", Map.of("version", "1", "outcome", "APPROVED", "reason", SCRIPT));
        List<HttpAnswer> afterApproval =
                List.of(provider.get("/dashboard"), portal.newBrowser().get("/providers"));

        for (HttpAnswer page : concat(pages, afterApproval)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .doesNotContain("<script>alert", "<b>bold</b>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
        }
    }

    @Test
    void an_answer_that_cannot_be_read_is_refused_with_what_was_typed_and_the_saved_parts_are_kept() {
        PortalClient provider = signedIn(accounts.providerAdmin("Careful Typing Trust"));
        provider.get("/eoi/parts/organisation");
        provider.post("/eoi/parts/organisation", Map.of("legalName", "Careful Typing Trust", "legalForm", "CIO"));
        provider.get("/eoi/parts/selection");

        HttpAnswer refused = provider.post(
                "/eoi/parts/selection",
                Map.of(
                        "relevantExperience",
                        "Ten years",
                        "employersLiabilityCover",
                        "five million",
                        "safeguardingPolicy",
                        "maybe"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "href=\"#employersLiabilityCover\">Employer&#39;s liability insurance cover: Check this answer",
                        "href=\"#safeguardingPolicy\"",
                        "value=\"five million\"",
                        ">Ten years</textarea>");
        assertThat(provider.get("/eoi").body())
                .contains("About your organisation")
                .contains("In progress");
        assertThat(provider.get("/eoi/parts/organisation").body()).contains("value=\"Careful Typing Trust\"");
        assertThat(provider.get("/eoi/parts/selection").body()).doesNotContain("Ten years");
    }

    @Test
    void sending_an_incomplete_form_lists_every_missing_answer_linked_to_its_question() {
        PortalClient provider = signedIn(accounts.providerAdmin("Hasty Trust"));
        provider.get("/eoi/parts/services");
        provider.post("/eoi/parts/services", Map.of("welshLanguageService", "no"));
        provider.get("/eoi/check");

        HttpAnswer refused = provider.post("/eoi/submission", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "href=\"/eoi/parts/services#specialities\">Services and who they are for: Services the organisation "
                                + "offers: Answer this question",
                        "href=\"/eoi/parts/organisation\">About your organisation: Fill in this part of the form",
                        "href=\"/eoi/parts/evidence\">Evidence: Fill in this part of the form");
        assertThat(provider.get("/eoi").body()).contains("Draft");
    }

    @Test
    void dropping_an_area_drops_its_capacity_and_keeps_the_others() {
        PortalClient provider = signedIn(accounts.providerAdmin("Moving Trust"));
        provider.get("/eoi/parts/coverage");
        provider.post("/eoi/parts/coverage", Map.of("areas", List.of("gwent", "south-wales"), "riskAppetite", "NONE"));
        provider.post(
                "/eoi/parts/coverage/capacity",
                Map.of("area", List.of("gwent", "south-wales"), "people", List.of("10", "20")));

        provider.post("/eoi/parts/coverage", Map.of("areas", List.of("gwent", "dyfed-powys"), "riskAppetite", "NONE"));
        HttpAnswer capacity = provider.get("/eoi/parts/coverage/capacity");

        assertThat(capacity.body())
                .contains("People a year in Gwent", "People a year in Dyfed-Powys")
                .doesNotContain("South Wales");
        assertThat(valueOf(capacity.body(), "people-gwent")).isEqualTo("10");
        assertThat(valueOf(capacity.body(), "people-dyfed-powys")).isEmpty();
    }

    @Test
    void a_second_steward_deciding_the_same_version_is_told_and_keeps_what_they_wrote() {
        PortalClient provider = sentToTheSteward("Popular Trust");
        PortalClient first = signedIn(accounts.steward());
        PortalClient second = signedIn(accounts.steward());
        String review = reviewLink(first, "Popular Trust");
        first.get(review);
        second.get(review);

        assertThat(first.post(review + "/decision", Map.of("version", "1", "outcome", "APPROVED", "reason", "Good"))
                        .status())
                .isEqualTo(303);
        HttpAnswer late = second.post(
                review + "/decision",
                Map.ofEntries(
                        entry("version", "1"),
                        entry("outcome", "CHANGES_REQUESTED"),
                        entry("reason", "My careful reasoning"),
                        entry("evidenceComment", "Add figures")));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body())
                .contains(
                        "Someone else decided on this version first",
                        ">My careful reasoning</textarea>",
                        ">Add figures</textarea>");
        assertThat(provider.get("/eoi").body()).contains("Approved and published");
    }

    @Test
    void an_update_to_an_approved_provider_is_reviewed_side_by_side_with_the_approved_version() {
        PortalClient provider = sentToTheSteward("Growing Trust");
        PortalClient steward = signedIn(accounts.steward());
        String review = reviewLink(steward, "Growing Trust");
        steward.get(review);
        steward.post(review + "/decision", Map.of("version", "1", "outcome", "APPROVED", "reason", "Good"));

        provider.get("/eoi/parts/services");
        provider.post(
                "/eoi/parts/services",
                Map.of(
                        "specialities",
                        List.of("accommodation"),
                        "cohorts",
                        List.of("women", "veterans"),
                        "welshLanguageService",
                        "no",
                        "qualityMarks",
                        "Plain answers"));
        assertThat(provider.get("/eoi").body()).contains("Version in the register", "Draft");
        provider.get("/eoi/check");
        provider.post("/eoi/submission", Map.of());
        String page = steward.get(reviewLink(steward, "Growing Trust")).body();

        assertThat(page).contains("Approved version 1", "This version 2");
        assertThat(page.split("app-changed", -1)).as("one changed answer").hasSize(2);
        assertThat(page).containsPattern("app-changed\"[^>]*>\\s*<th[^>]*>\\s*People the services are for");
        assertThat(portal.newBrowser().get("/providers?cohort=veterans").body()).doesNotContain("Growing Trust");
    }

    @Test
    void only_providers_fill_in_and_only_the_steward_reviews() {
        PortalClient provider = sentToTheSteward("Nosy Trust");
        PortalClient steward = signedIn(accounts.steward());
        String review = reviewLink(steward, "Nosy Trust");
        PortalClient commissioner = signedIn(accounts.commissioner("Gwent Police and Crime Commissioner"));

        assertThat(provider.get("/review").status()).isEqualTo(403);
        assertThat(provider.get(review).status()).isEqualTo(403);
        provider.get("/eoi");
        assertThat(provider.post(
                                review + "/decision",
                                Map.of("version", "1", "outcome", "APPROVED", "reason", "I approve myself"))
                        .status())
                .isEqualTo(403);
        assertThat(steward.get("/eoi").status()).isEqualTo(403);
        assertThat(commissioner.get("/eoi/parts/organisation").status()).isEqualTo(403);
        assertThat(steward.get("/review").body()).contains("Nosy Trust");
    }

    @Test
    void the_form_is_in_welsh_with_welsh_errors() {
        PortalClient provider = signedIn(accounts.providerAdmin("Canolfan Menywod"));
        provider.get("/language?lang=cy&returnTo=/eoi");
        provider.get("/eoi/parts/selection");

        HttpAnswer refused = provider.post("/eoi/parts/selection", Map.of("publicLiabilityCover", "llawer"));

        assertThat(refused.body())
                .contains("<html lang=\"cy\"", "Yswiriant atebolrwydd cyhoeddus", "Mae problem", "Cadw a pharhau")
                .doesNotContain("Save and continue");
    }

    private PortalClient signedIn(String email) {
        PortalClient browser = portal.newBrowser();
        browser.get("/language?lang=en&returnTo=/");
        browser.signIn(email, Accounts.PASSWORD);
        return browser;
    }

    /** A provider that has filled in everything plainly and sent it. */
    private PortalClient sentToTheSteward(String name) {
        PortalClient provider = signedIn(accounts.providerAdmin(name));
        fillInEverything(provider, name, "Plain answers");
        provider.get("/eoi/check");
        assertThat(provider.post("/eoi/submission", Map.of()).status()).isEqualTo(303);
        return provider;
    }

    /** Every part, complete, with this text in every free-text answer. */
    private static void fillInEverything(PortalClient provider, String name, String text) {
        provider.get("/eoi/parts/organisation");
        provider.post(
                "/eoi/parts/organisation",
                Map.ofEntries(
                        entry("legalName", name),
                        entry("legalForm", "CHARITY"),
                        entry("registrationNumber", "<b>1</b>"),
                        entry("address", text),
                        entry("contactName", text),
                        entry("contactEmail", "contact@example.org"),
                        entry("contactPhone", "<b>0</b>"),
                        entry("incomeBand", "UNDER_100K"),
                        entry("staffBand", "UNDER_10"),
                        entry("vcse", "yes")));
        provider.post(
                "/eoi/parts/exclusions",
                Map.of("mandatoryGroundsApply", "no", "discretionaryGroundsApply", "yes", "selfCleaning", text));
        provider.post(
                "/eoi/parts/selection",
                Map.of(
                        "relevantExperience",
                        text,
                        "financialStanding",
                        text,
                        "employersLiabilityCover",
                        "5000000",
                        "publicLiabilityCover",
                        "1000000",
                        "safeguardingPolicy",
                        "yes",
                        "equalityPolicy",
                        "yes",
                        "dataProtectionPolicy",
                        "yes",
                        "whistleblowingPolicy",
                        "yes"));
        provider.post(
                "/eoi/parts/services",
                Map.of(
                        "specialities",
                        List.of("accommodation"),
                        "cohorts",
                        List.of("women"),
                        "welshLanguageService",
                        "no",
                        "qualityMarks",
                        text));
        provider.post("/eoi/parts/coverage", Map.of("areas", List.of("gwent"), "riskAppetite", "NONE"));
        provider.post("/eoi/parts/coverage/capacity", Map.of("area", "gwent", "people", "25"));
        provider.post("/eoi/parts/evidence", Map.of("caseStudies", text, "outcomeFigures", text));
    }

    private static String reviewLink(PortalClient steward, String organisation) {
        String queue = steward.get("/review").body();
        Matcher link = Pattern.compile("href=\"(/review/[0-9a-f-]{36})\">"
                        + Pattern.quote(organisation
                                .replace("'", "&#39;")
                                .replace("<", "&lt;")
                                .replace(">", "&gt;")))
                .matcher(queue);
        assertThat(link.find()).as("%s in the queue", organisation).isTrue();
        return link.group(1);
    }

    private static String valueOf(String html, String id) {
        Matcher value = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        return value.find() ? value.group(1) : null;
    }

    private static List<HttpAnswer> concat(List<HttpAnswer> a, List<HttpAnswer> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
