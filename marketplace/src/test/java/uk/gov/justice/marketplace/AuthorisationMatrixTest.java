package uk.gov.justice.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Multipart;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.Routes;

/**
 * Who may call every route, as a table (src/test/resources/authorisation-matrix.txt): a route the router knows
 * without a line there fails the build, so no endpoint ships without its rule; and every line is checked by a real
 * request from each kind of caller. The API and the monitoring endpoints are called with the caller's bearer
 * token, portal pages with their signed-in browser (and a valid CSRF token, so the answer is about who they are).
 */
@MarketplaceTest
class AuthorisationMatrixTest implements FreshDatabase {

    /** The columns of the table, in order. */
    enum Caller {
        ANONYMOUS,
        PROVIDER_ADMIN,
        PROVIDER_USER,
        LEAD,
        COMMISSIONER,
        STEWARD
    }

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    Router router;

    private final Map<Caller, String> emails = new EnumMap<>(Caller.class);
    private final Map<Caller, ApiClient> scripts = new EnumMap<>(Caller.class);
    private final Map<Caller, PortalClient> browsers = new EnumMap<>(Caller.class);

    @BeforeAll
    void oneOfEach() {
        emails.put(Caller.PROVIDER_ADMIN, accounts.providerAdmin("Gwent Women's Centre"));
        emails.put(Caller.PROVIDER_USER, accounts.providerMember("Gwent Women's Centre"));
        emails.put(Caller.LEAD, accounts.leadProvider("Northern Pathways Partnership"));
        emails.put(Caller.COMMISSIONER, accounts.commissioner("Gwent Police and Crime Commissioner"));
        emails.put(Caller.STEWARD, accounts.steward());
        scripts.put(Caller.ANONYMOUS, portal.api());
        PortalClient visitor = portal.newBrowser();
        visitor.get("/sign-in");
        browsers.put(Caller.ANONYMOUS, visitor);
        emails.forEach((caller, email) -> {
            scripts.put(caller, portal.api(accounts.tokenFor(email)));
            browsers.put(caller, signedIn(email));
        });
    }

    @Test
    void every_route_has_a_line_in_the_matrix() {
        Map<String, List<String>> matrix = matrix();
        List<String> routes = Routes.all(router).keySet().stream().toList();

        assertThat(routes).as("routes with no line in authorisation-matrix.txt").allMatch(matrix::containsKey);
        assertThat(matrix.keySet()).as("lines for routes that no longer exist").allMatch(routes::contains);
    }

    @Test
    void every_route_answers_every_caller_as_the_matrix_says() {
        Map<String, List<String>> matrix = matrix();
        List<String> wrong = new ArrayList<>();
        Routes.all(router).forEach((key, route) -> {
            List<String> expected = matrix.get(key);
            List<String> answered = Arrays.stream(Caller.values())
                    .map(caller -> answer(route, caller))
                    .toList();
            if (expected == null) {
                wrong.add("no line yet; today it answers:  " + key + "  " + String.join(" ", answered));
            } else if (!answered.equals(expected)) {
                wrong.add(
                        key + "  expected " + String.join(" ", expected) + "  answered " + String.join(" ", answered));
            }
        });

        assertThat(wrong)
                .as("routes that answer otherwise than the matrix says")
                .isEmpty();
    }

    /** What a representative request from this caller gets: ok, 401, 403 or sign-in (or the 5xx nobody may get). */
    private String answer(UriRouteInfo<?, ?> route, Caller caller) {
        HttpAnswer answer = Routes.isPortal(route) ? fromBrowser(route, caller) : fromScript(route, caller);
        if (answer.status() >= 500) {
            return String.valueOf(answer.status());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            return String.valueOf(answer.status());
        }
        if (answer.status() / 100 == 3
                && answer.location() != null
                && answer.location().startsWith("/sign-in")) {
            return "sign-in";
        }
        return "ok";
    }

    private HttpAnswer fromScript(UriRouteInfo<?, ?> route, Caller caller) {
        ApiClient script = scripts.get(caller);
        String path = Routes.example(route);
        String method = route.getHttpMethodName();
        if (method.equals("GET")) {
            return script.getAccepting(path, "*/*");
        }
        if (Routes.takes(route, MediaType.MULTIPART_FORM_DATA_TYPE)) {
            Multipart file = Multipart.of(null, "file", "x.pdf", "x".getBytes(StandardCharsets.US_ASCII));
            return script.send(method, path, file.contentType(), file.bytes());
        }
        if (Routes.takes(route, MediaType.of("application/pdf"))) {
            return script.send(method, path, "application/pdf", "x".getBytes(StandardCharsets.US_ASCII));
        }
        return script.send(method, path, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    }

    private HttpAnswer fromBrowser(UriRouteInfo<?, ?> route, Caller caller) {
        PortalClient browser = browsers.get(caller);
        String path = Routes.example(route);
        String method = route.getHttpMethodName();
        if (method.equals("GET")) {
            return browser.download(path);
        }
        HttpAnswer answer;
        if (Routes.takes(route, MediaType.MULTIPART_FORM_DATA_TYPE)) {
            Multipart file =
                    Multipart.of(browser.csrfToken(), "file", "x.pdf", "x".getBytes(StandardCharsets.US_ASCII));
            answer = browser.send(method, path, Map.of("Content-Type", file.contentType()), file.bytes());
        } else {
            answer = browser.send(
                    method,
                    path,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    ("csrfToken=" + URLEncoder.encode(browser.csrfToken(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
        }
        if (caller != Caller.ANONYMOUS && browser.download("/dashboard").status() != 200) {
            browsers.put(caller, signedIn(emails.get(caller)));
        }
        return answer;
    }

    private PortalClient signedIn(String email) {
        PortalClient browser = portal.newBrowser();
        browser.signIn(email, Accounts.PASSWORD);
        browser.get("/dashboard");
        return browser;
    }

    /** The table: "METHOD /path" to its answers by caller, in the order of {@link Caller}. */
    static Map<String, List<String>> matrix() {
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream("/authorisation-matrix.txt")) {
            Map<String, List<String>> lines = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> {
                        List<String> cells = Arrays.asList(l.split("\\s+"));
                        assertThat(cells).as(l).hasSize(2 + Caller.values().length);
                        assertThat(lines.put(cells.get(0) + " " + cells.get(1), cells.subList(2, cells.size())))
                                .as("a second line for " + cells.get(0) + " " + cells.get(1))
                                .isNull();
                    });
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
