package uk.gov.justice.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.ApprovedProviders;
import uk.gov.justice.marketplace.support.EoiAnswersJson;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HostileValues;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.Routes;

/**
 * A fuzzer works through /api/openapi.yml as every kind of caller, and through every portal form with a valid CSRF
 * token, sending NUL, lone surrogates, control characters, 100,000-character strings, wrong types, null, an empty
 * or broken body and a charset nobody knows. Whatever it sends, the service answers it as a refusal (4xx), never
 * with a server error.
 */
@MarketplaceTest
class AttackerFuzzingEveryOperationTest implements FreshDatabase {

    enum Caller {
        ANONYMOUS,
        PROVIDER_ADMIN,
        LEAD,
        COMMISSIONER,
        STEWARD
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");
    private static final Pattern STRING_VALUE = Pattern.compile("(\"\\w+\"\\s*:\\s*)\"[^\"]*\"");
    private static final Set<String> SIGNING_IN_OR_OUT = Set.of("/sign-in", "/sign-out");
    private static final String UNKNOWN_CHARSET = "application/json; charset=no-such-charset";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ApprovedProviders providers;

    @Inject
    Router router;

    private final Map<Caller, String> emails = new EnumMap<>(Caller.class);
    private final Map<Caller, ApiClient> scripts = new EnumMap<>(Caller.class);
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void aMarketToAttack() {
        ApiClient partner =
                providers.approve(EoiAnswersJson.complete("Fuzzed Partners CIC", "accommodation", "women", "gwent"));
        ids.put("partnerId", field(partner.get("/api/me"), "organisationId"));
        ids.put("providerId", ids.get("partnerId"));
        emails.put(Caller.PROVIDER_ADMIN, accounts.providerAdmin("Fuzzed Provider CIC"));
        emails.put(Caller.LEAD, accounts.leadProvider("Fuzzed Leads Ltd"));
        emails.put(Caller.COMMISSIONER, accounts.commissioner("Fuzzed Police and Crime Commissioner"));
        emails.put(Caller.STEWARD, accounts.steward());
        scripts.put(Caller.ANONYMOUS, portal.api());
        emails.forEach((caller, email) -> scripts.put(caller, portal.api(accounts.tokenFor(email))));
        ApiClient lead = scripts.get(Caller.LEAD);
        ids.put("/api/shortlists/{id}", field(lead.post("/api/shortlists", "{\"name\": \"Fuzzed bid\"}"), "id"));
        ids.put(
                "/api/supply-chains/{id}",
                field(
                        lead.post(
                                "/api/supply-chains",
                                """
                {"name": "Fuzzed chain", "area": "gwent", "purpose": "BID",
                 "contractValue": {"amount": 500000, "currency": "GBP"}}"""),
                        "id"));
        lead.post(
                "/api/supply-chains/" + ids.get("/api/supply-chains/{id}") + "/invitations",
                "{\"partnerId\": \"" + ids.get("partnerId") + "\", \"message\": \"Join us\"}");
        partner.post("/api/supply-chains/" + ids.get("/api/supply-chains/{id}") + "/acceptance", "");
    }

    @Test
    void no_operation_in_the_api_document_answers_any_caller_with_a_server_error() {
        Map<String, Object> document = new Yaml()
                .load(portal.api()
                        .getAccepting("/api/openapi.yml", "application/yaml")
                        .body());
        Map<String, Object> paths = map(document.get("paths"));
        assertThat(paths).hasSizeGreaterThan(30);

        List.of(Caller.values()).parallelStream()
                .forEach(caller -> paths.forEach((path, item) -> map(item)
                        .forEach((method, operation) ->
                                attack(caller, method.toUpperCase(), path, map(operation), document))));

        assertThat(serverErrors).as("requests answered with a server error").isEmpty();
    }

    @Test
    void no_portal_form_answers_any_visitor_with_a_server_error() {
        List<UriRouteInfo<?, ?>> forms = Routes.all(router).values().stream()
                .filter(r -> Routes.isPortal(r) && r.getHttpMethodName().equals("POST"))
                .toList();
        assertThat(forms).hasSizeGreaterThan(20);

        List.of(Caller.values()).parallelStream().forEach(caller -> {
            PortalClient browser = browserOf(caller);
            for (UriRouteInfo<?, ?> form : forms) {
                String path = Routes.example(form);
                if (caller != Caller.ANONYMOUS && SIGNING_IN_OR_OUT.contains(path)) {
                    // The visitor tries these; from a signed-in session they would end it, or throttle this address.
                    continue;
                }
                Set<String> fields = fieldsOf(form);
                for (String hostile : HostileValues.TEXTS) {
                    Map<String, Object> typed = new LinkedHashMap<>();
                    fields.forEach(f -> typed.put(
                            f,
                            hostile.length() > 50_000 && fields.size() > 8 ? hostile.substring(0, 50_000) : hostile));
                    record(caller, "POST " + path + " fields=" + describe(hostile), browser.post(path, typed));
                }
                record(
                        caller,
                        "POST " + path + " unknown charset",
                        browser.send(
                                "POST",
                                path,
                                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=no-such-charset"),
                                ("csrfToken=" + browser.csrfToken()).getBytes(StandardCharsets.UTF_8)));
                browser = stillSignedIn(caller, browser);
            }
        });

        assertThat(serverErrors).as("form posts answered with a server error").isEmpty();
    }

    private void attack(
            Caller caller,
            String method,
            String template,
            Map<String, Object> operation,
            Map<String, Object> document) {
        if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
            return;
        }
        ApiClient script = scripts.get(caller);
        List<String> queryNames = queryParameters(operation);
        String path = withIds(template, null);
        for (String hostile : HostileValues.TEXTS) {
            String query = queryNames.stream()
                    .map(q -> q + "="
                            + HostileValues.urlEncoded(hostile.length() > 1000 ? hostile.substring(0, 1000) : hostile))
                    .collect(Collectors.joining("&"));
            if (!query.isEmpty()) {
                record(
                        caller,
                        method + " " + path + "?" + describe(hostile),
                        script.send(
                                method, path + "?" + query, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
            }
            if (VARIABLE.matcher(template).find()) {
                String hostilePath = withIds(
                        template, HostileValues.urlEncoded(hostile.substring(0, Math.min(hostile.length(), 200))));
                record(
                        caller,
                        method + " " + hostilePath,
                        script.send(method, hostilePath, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (method.equals("GET") || method.equals("DELETE")) {
            return;
        }
        for (Map.Entry<String, String> spoilt :
                examples(template, path, operation, document).entrySet()) {
            String example = spoilt.getValue();
            String target = spoilt.getKey();
            for (String hostile : HostileValues.TEXTS) {
                String body = STRING_VALUE
                        .matcher(example)
                        .replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                                + HostileValues.json(hostile.substring(
                                        0,
                                        Math.min(
                                                hostile.length(),
                                                Math.max(10_000, 800_000 / Math.max(1, countStrings(example))))))));
                send(caller, method, target, "application/json", body, describe(hostile));
            }
            send(
                    caller,
                    method,
                    target,
                    "application/json",
                    example.replaceAll(":\\s*(\"[^\"]*\"|[\\d.]+|true|false)", ":{\"wrong\":[1]}"),
                    "wrong types");
            send(
                    caller,
                    method,
                    target,
                    "application/json",
                    example.replaceAll(":\\s*(\"[^\"]*\"|[\\d.]+|true|false)", ":null"),
                    "nulls");
        }
        for (String body : HostileValues.BODIES) {
            send(caller, method, path, "application/json", body, "body " + body);
        }
        send(caller, method, path, UNKNOWN_CHARSET, "{}", "unknown charset");
        byte[] rawSurrogate = "{\"name\": \"x\u0001\"}".getBytes(StandardCharsets.UTF_8);
        rawSurrogate[rawSurrogate.length - 3] = (byte) 0xED;
        record(
                caller,
                method + " " + path + " invalid UTF-8",
                scripts.get(caller).send(method, path, "application/json", rawSurrogate));
    }

    private void send(Caller caller, String method, String path, String contentType, String body, String what) {
        record(
                caller,
                method + " " + path + " " + what,
                scripts.get(caller).send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void record(Caller caller, String request, HttpAnswer answer) {
        if (answer.status() >= 500) {
            String body = answer.body();
            serverErrors.add(caller + " " + (request.length() > 200 ? request.substring(0, 200) : request) + " -> "
                    + answer.status() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    /** Request bodies that would be accepted, to be spoilt: from the document's schema, the EoI's from its parts. */
    private Map<String, String> examples(
            String template, String path, Map<String, Object> operation, Map<String, Object> document) {
        if (template.equals("/api/eoi/parts/{part}")) {
            Map<String, String> parts = new LinkedHashMap<>();
            EoiAnswersJson.complete("Fuzzed Provider CIC", "accommodation", "women", "gwent")
                    .forEach((part, json) -> parts.put("/api/eoi/parts/" + part, json));
            return parts;
        }
        Map<String, Object> body = map(operation.get("requestBody"));
        Map<String, Object> content = body == null ? null : map(body.get("content"));
        if (content == null || !content.containsKey("application/json")) {
            return Map.of(path, "{\"name\": \"x\", \"reason\": \"x\", \"text\": \"x\"}");
        }
        return Map.of(
                path,
                HostileValues.json(
                        example(map(map(content.get("application/json")).get("schema")), document, 0)));
    }

    private Object example(Map<String, Object> schema, Map<String, Object> document, int depth) {
        if (schema == null || depth > 5) {
            return "x";
        }
        if (schema.get("$ref") instanceof String ref) {
            return example(
                    map(map(map(document.get("components")).get("schemas"))
                            .get(ref.substring(ref.lastIndexOf('/') + 1))),
                    document,
                    depth + 1);
        }
        if (schema.get("enum") instanceof List<?> values) {
            return values.get(0);
        }
        Object type = schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string");
        return switch (String.valueOf(type)) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = map(schema.getOrDefault("properties", Map.of()));
                properties.forEach((name, property) -> object.put(name, example(map(property), document, depth + 1)));
                yield object;
            }
            case "array" -> List.of(example(map(schema.get("items")), document, depth + 1));
            case "integer", "number" -> 1;
            case "boolean" -> true;
            default ->
                switch (String.valueOf(schema.get("format"))) {
                    case "uuid" -> ids.get("partnerId");
                    case "date" -> "2027-04-01";
                    case "date-time" -> "2027-04-01T00:00:00Z";
                    default -> "x";
                };
        };
    }

    private String withIds(String template, String hostile) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        boolean first = true;
        while (variable.find()) {
            String name = variable.group(1);
            String value = first && hostile != null
                    ? hostile
                    : switch (name) {
                        case "part" -> "organisation";
                        case "code" -> "gwent";
                        case "year" -> "2026";
                        case "id" ->
                            ids.getOrDefault(
                                    template.substring(0, variable.end()),
                                    UUID.randomUUID().toString());
                        default -> ids.getOrDefault(name, UUID.randomUUID().toString());
                    };
            first = false;
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static List<String> queryParameters(Map<String, Object> operation) {
        List<Object> parameters = list(operation.get("parameters"));
        return parameters.stream()
                .map(AttackerFuzzingEveryOperationTest::map)
                .filter(p -> "query".equals(p.get("in")) && !"viewer".equals(p.get("name")))
                .map(p -> String.valueOf(p.get("name")))
                .toList();
    }

    /** The form's fields, as the controller binds them (the record behind {@code @Body}). */
    private static Set<String> fieldsOf(UriRouteInfo<?, ?> route) {
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                return BeanIntrospector.SHARED
                        .findIntrospection(argument.getType())
                        .map(BeanIntrospection::getBeanProperties)
                        .stream()
                        .flatMap(p -> p.stream())
                        .map(BeanProperty::getName)
                        .filter(n -> !n.equals("csrfToken"))
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            }
        }
        return Set.of("name");
    }

    private PortalClient browserOf(Caller caller) {
        PortalClient browser = portal.newBrowser();
        if (caller == Caller.ANONYMOUS) {
            browser.get("/sign-in");
        } else {
            browser.signIn(emails.get(caller), Accounts.PASSWORD);
            browser.get("/dashboard");
        }
        return browser;
    }

    /** Some forms sign out (or lock out): carry on as the same person in a new session. */
    private PortalClient stillSignedIn(Caller caller, PortalClient browser) {
        HttpAnswer home = browser.get(caller == Caller.ANONYMOUS ? "/sign-in" : "/dashboard");
        return home.status() == 200 ? browser : browserOf(caller);
    }

    private static int countStrings(String json) {
        return (int) STRING_VALUE.matcher(json).results().count();
    }

    private static String describe(String hostile) {
        return hostile.length() > 40 ? hostile.length() + " characters" : HostileValues.json(hostile);
    }

    private static String field(HttpAnswer answer, String name) {
        return answer.body().replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object yaml) {
        return yaml == null ? List.of() : (List<Object>) yaml;
    }
}
