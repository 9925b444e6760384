package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Multipart;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.Routes;

/**
 * Another site's page posts a form to the portal in a signed-in person's name: every state-changing portal route
 * checks the session's CSRF token, unless it says in writing why it need not ({@link CsrfOptOut}).
 */
@MarketplaceTest
class CsrfSweepTest implements FreshDatabase {

    private static final String REFUSED = "Your session has expired or the form came from another page";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    Router router;

    @Test
    void every_state_changing_portal_route_checks_the_token_or_says_why_not() {
        assertThat(portalForms())
                .isNotEmpty()
                .allMatch(
                        route -> route.getAnnotationMetadata().hasStereotype(CsrfProtected.class)
                                || route.getAnnotationMetadata().hasAnnotation(CsrfOptOut.class),
                        "is @CsrfProtected or has a @CsrfOptOut");
    }

    @Test
    void a_form_without_its_token_is_refused_on_every_portal_route() {
        PortalClient steward = portal.newBrowser();
        steward.signIn(accounts.steward(), Accounts.PASSWORD);
        PortalClient visitor = portal.newBrowser();
        visitor.get("/sign-in");

        List<String> notRefused = portalForms().stream()
                .filter(route -> !route.getAnnotationMetadata().hasAnnotation(CsrfOptOut.class))
                .flatMap(route -> List.of(steward, visitor).stream().map(browser -> {
                    HttpAnswer answer = postWithoutToken(browser, route);
                    return answer.status() == 403 && REFUSED.equals(answer.heading())
                            ? null
                            : Routes.key(route) + " answered " + answer.status() + " " + answer.heading();
                }))
                .filter(line -> line != null)
                .toList();

        assertThat(notRefused).isEmpty();
    }

    private List<UriRouteInfo<?, ?>> portalForms() {
        return Routes.all(router).values().stream()
                .filter(r -> Routes.isPortal(r) && Routes.changesState(r))
                .toList();
    }

    private static HttpAnswer postWithoutToken(PortalClient browser, UriRouteInfo<?, ?> route) {
        if (Routes.takes(route, MediaType.MULTIPART_FORM_DATA_TYPE)) {
            Multipart file = Multipart.of(null, "file", "x.pdf", "x".getBytes(StandardCharsets.US_ASCII));
            return browser.send(
                    route.getHttpMethodName(),
                    Routes.example(route),
                    Map.of("Content-Type", file.contentType(), "Accept", "text/html"),
                    file.bytes());
        }
        return browser.send(
                route.getHttpMethodName(),
                Routes.example(route),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                "email=someone%40example.org".getBytes(StandardCharsets.UTF_8));
    }
}
