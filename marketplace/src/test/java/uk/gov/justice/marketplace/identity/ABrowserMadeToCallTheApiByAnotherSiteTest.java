package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Multipart;
import uk.gov.justice.marketplace.support.Pdfs;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.Routes;

/**
 * A signed-in steward or provider visits another site, whose page makes their browser post to the API: the
 * session cookie goes along, but the API takes only bearer tokens, so nothing is done in their name.
 */
@MarketplaceTest
// Deployed, the service answers on a public host name; on localhost Micronaut would refuse any foreign Origin
// itself (its drive-by-localhost guard), which would hide what the service answers.
@Property(name = "micronaut.server.cors.localhost-pass-through", value = "true")
class ABrowserMadeToCallTheApiByAnotherSiteTest implements FreshDatabase {

    private static final String FOREIGN = "https://rival-lead.example";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    Router router;

    private PortalClient steward;
    private PortalClient provider;
    private String providerEmail;
    private byte[] planted;

    @BeforeAll
    void bothSignedIn() throws IOException {
        planted = Pdfs.withText("Planted by another site");
        steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);
        providerEmail = accounts.providerAdmin("Gwent Women's Centre");
        provider = portal.newBrowser();
        provider.signIn(providerEmail, Accounts.PASSWORD);
        portal.api(accounts.tokenFor(providerEmail))
                .put("/api/eoi/parts/organisation", EoiAnswersJson.organisation("Gwent Women's Centre"));
    }

    @Test
    void every_state_changing_api_route_refuses_the_session_cookie_alone() {
        List<String> answered = Routes.all(router).values().stream()
                .filter(r -> Routes.changesState(r) && !Routes.isPortal(r) && !openToAnyone(r))
                .map(r -> Routes.key(r) + " -> " + forged(steward, r).status())
                .toList();

        assertThat(answered).isNotEmpty().allMatch(line -> line.endsWith("-> 401"));
    }

    @Test
    void an_evidence_upload_and_a_withdrawal_with_the_cookie_alone_change_nothing() {
        Multipart upload = Multipart.of(null, "file", "forged.pdf", planted);
        HttpAnswer uploaded = provider.send(
                "POST",
                "/api/eoi/evidence-files",
                Map.of("Origin", FOREIGN, "Content-Type", upload.contentType()),
                upload.bytes());
        HttpAnswer withdrawn = provider.send("POST", "/api/eoi/withdrawal", Map.of("Origin", FOREIGN), new byte[0]);

        assertThat(uploaded.status()).isEqualTo(401);
        assertThat(withdrawn.status()).isEqualTo(401);
        String eoi =
                portal.api(accounts.tokenFor(providerEmail)).get("/api/eoi").body();
        assertThat(eoi).contains("\"status\":\"DRAFT\"");
        assertThat(portal.api(accounts.tokenFor(providerEmail))
                        .get("/api/eoi/evidence-files")
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void reading_the_api_needs_a_bearer_token_even_when_signed_in() {
        HttpAnswer me = steward.send("GET", "/api/me", Map.of("Accept", "application/json"), new byte[0]);

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(portal.api(accounts.tokenFor(providerEmail)).get("/api/me").status())
                .isEqualTo(200);
    }

    @Test
    void open_data_answers_with_or_without_a_cookie() {
        assertThat(steward.send("GET", "/api/register", Map.of("Accept", "application/json"), new byte[0])
                        .status())
                .isEqualTo(200);
        assertThat(steward.send("GET", "/api/areas", Map.of("Accept", "application/json"), new byte[0])
                        .status())
                .isEqualTo(200);
    }

    private static boolean openToAnyone(UriRouteInfo<?, ?> route) {
        return Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class))
                .contains(SecurityRule.IS_ANONYMOUS);
    }

    /** What another site's form or script can make a browser send: the cookie goes along, with a foreign Origin. */
    private HttpAnswer forged(PortalClient browser, UriRouteInfo<?, ?> route) {
        Multipart file = Multipart.of(null, "file", "x.pdf", planted);
        boolean takesFile = Routes.takes(route, MediaType.MULTIPART_FORM_DATA_TYPE);
        boolean takesPdf = Routes.takes(route, MediaType.of("application/pdf"));
        return browser.send(
                route.getHttpMethodName(),
                Routes.example(route),
                Map.of(
                        "Origin",
                        FOREIGN,
                        "Accept",
                        "application/json",
                        "Content-Type",
                        takesFile ? file.contentType() : takesPdf ? "application/pdf" : "application/json"),
                takesFile ? file.bytes() : takesPdf ? planted : "{}".getBytes(StandardCharsets.UTF_8));
    }
}
