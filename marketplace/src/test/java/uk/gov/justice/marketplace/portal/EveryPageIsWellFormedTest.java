package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/** Every page, in both languages: one main heading, unique ids, and a CSRF token in every form that posts. */
@MarketplaceTest
class EveryPageIsWellFormedTest implements FreshDatabase {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern POST_FORM =
            Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    private String steward;
    private String provider;
    private String lead;

    @BeforeAll
    void aStewardAndAProvider() {
        steward = accounts.steward();
        provider = accounts.providerAdmin("Well Formed Women's Centre");
        lead = accounts.leadProvider("Well Formed Partnership");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/, en",
        "/, cy",
        "/sign-in, en",
        "/sign-in, cy",
        "/register, en",
        "/register, cy",
        "/dashboard, en",
        "/dashboard, cy",
        "/organisations, en",
        "/organisations, cy",
        "/organisation/users, en",
        "/organisation/users, cy",
        "/account/api-tokens, en",
        "/account/api-tokens, cy",
        "/audit, en",
        "/audit, cy",
        "/providers, en",
        "/providers, cy",
        "/accessibility, cy",
        "/cookies, cy",
        "/privacy, cy",
        "/no-such-page, cy",
        "/review, en",
        "/review, cy",
        "/eoi, en",
        "/eoi, cy",
        "/eoi/parts/organisation, cy",
        "/eoi/parts/exclusions, cy",
        "/eoi/parts/selection, cy",
        "/eoi/parts/services, cy",
        "/eoi/parts/coverage, en",
        "/eoi/parts/coverage, cy",
        "/eoi/parts/coverage/capacity, cy",
        "/eoi/parts/evidence, en",
        "/eoi/parts/evidence, cy",
        "/eoi/check, cy",
        "/eoi/evidence-files, cy",
        "/eoi/withdrawal, cy",
        "/search, en",
        "/search, cy",
        "/search?text=women&area=gwent, cy",
        "/search?area=atlantis, en",
        "/shortlists, en",
        "/shortlists, cy",
        "/supply-chains, en",
        "/supply-chains, cy",
        "/stewardship, en",
        "/stewardship, cy",
        "/concerns, en",
        "/concerns, cy",
        "/account/password, en",
        "/account/password, cy",
        "/password-reset, en",
        "/password-reset, cy"
    })
    void the_page_is_well_formed(String path, String language) {
        PortalClient browser = portal.newBrowser();
        browser.signIn(
                path.startsWith("/eoi")
                        ? provider
                        : path.startsWith("/shortlists") || path.startsWith("/supply-chains") ? lead : steward,
                Accounts.PASSWORD);
        browser.get("/language?lang=" + language + "&returnTo=/");

        HttpAnswer page = browser.get(path);

        assertThat(page.status())
                .as("found")
                .isEqualTo(path.contains("no-such") ? 404 : path.contains("atlantis") ? 422 : 200);
        assertThat(page.body()).contains("<html lang=\"" + language + "\"");
        assertThat(page.body().split("<h1", -1)).as("one h1").hasSize(2);
        assertThat(duplicateIds(page.body())).isEmpty();
        Matcher form = POST_FORM.matcher(page.body());
        while (form.find()) {
            assertThat(form.group(1)).contains("name=\"csrfToken\"");
        }
    }

    private static List<String> duplicateIds(String html) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            if (!seen.add(id.group(1))) {
                duplicates.add(id.group(1));
            }
        }
        return duplicates;
    }
}
