package uk.gov.justice.marketplace.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * /api/openapi.yml as an integrator reads it: its operations ("GET /api/me"), what each answers, and whether a real
 * answer has the shape the document gives it.
 */
public final class ApiDocument {

    private static final String PARAMETER = "\\{[^}]+}";

    private final Map<String, Object> document;
    private final ObjectMapper json;

    private ApiDocument(Map<String, Object> document, ObjectMapper json) {
        this.document = document;
        this.json = json;
    }

    public static ApiDocument servedBy(ApiClient anyone, ObjectMapper json) {
        HttpAnswer answer = anyone.getAccepting("/api/openapi.yml", "application/yaml");
        assertThat(answer.status()).isEqualTo(200);
        ApiDocument document = new ApiDocument(new Yaml().load(answer.body()), json);
        assertThat(document.operations())
                .as("a document with the service's operations in it")
                .hasSizeGreaterThan(30);
        return document;
    }

    public Map<String, Object> raw() {
        return document;
    }

    /** Every operation, as "METHOD /path/{parameter}". */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        map(document.get("paths"))
                .forEach((path, item) ->
                        map(item).keySet().forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }

    public Map<String, Object> operation(String operation) {
        String[] methodAndPath = operation.split(" ");
        Map<String, Object> item = map(map(document.get("paths")).get(methodAndPath[1]));
        assertThat(item).as(operation + " is documented").isNotNull();
        Map<String, Object> described = map(item.get(methodAndPath[0].toLowerCase()));
        assertThat(described).as(operation + " is documented").isNotNull();
        return described;
    }

    /** The documented operation a request to this concrete path is answered by. */
    public String operationFor(String method, String concretePath) {
        String path = concretePath.replaceAll("\\?.*", "");
        return operations().stream()
                .filter(op -> op.startsWith(method + " "))
                .filter(op -> path.matches(op.substring(method.length() + 1).replaceAll(PARAMETER, "[^/]+")))
                .min((a, b) -> Long.compare(parameters(a), parameters(b)))
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not documented"));
    }

    /** The media type the operation's success answers in, as a client would ask for it. */
    public String answersIn(String operation) {
        return map(operation(operation).get("responses")).entrySet().stream()
                .filter(response -> response.getKey().startsWith("2")
                        && map(response.getValue()).get("content") != null)
                .map(response -> map(map(response.getValue()).get("content"))
                        .keySet()
                        .iterator()
                        .next())
                .findFirst()
                .orElse("application/json");
    }

    /** The media type the operation takes its body in. */
    public String takes(String operation) {
        Map<String, Object> body = map(operation(operation).get("requestBody"));
        return body == null
                ? "application/json"
                : map(body.get("content")).keySet().iterator().next();
    }

    public Set<String> statuses(String operation) {
        return new TreeSet<>(map(operation(operation).get("responses")).keySet());
    }

    /** The security schemes the operation needs; empty when it is documented as open to anyone. */
    public Set<String> securityNeeded(String operation) {
        Object security = operation(operation).containsKey("security")
                ? operation(operation).get("security")
                : document.get("security");
        assertThat(security).as(operation + " says what security it needs").isNotNull();
        Set<String> schemes = new TreeSet<>();
        for (Object requirement : (List<?>) security) {
            if (map(requirement).isEmpty()) {
                return Set.of();
            }
            schemes.addAll(map(requirement).keySet());
        }
        return schemes;
    }

    /**
     * What the answer's JSON body lacks (a required property absent, anywhere in it) or carries undocumented, by
     * the schema documented for its status; nothing when the answer is not JSON.
     */
    public List<String> mismatches(String operation, HttpAnswer answer) {
        Map<String, Object> response =
                map(map(operation(operation).get("responses")).get(String.valueOf(answer.status())));
        if (response == null || response.get("content") == null || answer.contentType() == null) {
            return List.of();
        }
        String mediaType = answer.contentType().replaceAll(";.*", "").trim();
        Map<String, Object> content = map(map(response.get("content")).get(mediaType));
        if (content == null || !mediaType.endsWith("json")) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        walk(read(answer.body()), map(content.get("schema")), "$", found);
        return found.stream().distinct().toList();
    }

    private void walk(Object value, Map<String, Object> given, String at, List<String> found) {
        Map<String, Object> schema = resolve(given);
        if (value == null || schema == null) {
            return;
        }
        if (schema.get("allOf") instanceof List<?> all) {
            all.forEach(part -> walk(value, map(part), at, found));
        }
        if (value instanceof Map<?, ?> object && schema.get("properties") instanceof Map<?, ?> properties) {
            for (Object name : (List<?>) schema.getOrDefault("required", List.of())) {
                if (!object.containsKey(name)) {
                    found.add(at + "." + name + " is required but absent");
                }
            }
            object.forEach((name, property) -> {
                if (properties.containsKey(name)) {
                    walk(property, map(properties.get(name)), at + "." + name, found);
                } else {
                    found.add(at + "." + name + " is answered but not documented");
                }
            });
        } else if (value instanceof Map<?, ?> object && schema.get("additionalProperties") instanceof Map<?, ?> each) {
            object.forEach((key, property) -> walk(property, map(each), at + "{}", found));
        } else if (value instanceof List<?> list && schema.get("items") != null) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), map(schema.get("items")), at + "[]", found);
            }
        }
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null || !schema.containsKey("$ref")) {
            return schema;
        }
        String ref = (String) schema.get("$ref");
        return resolve(
                map(map(map(document.get("components")).get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1))));
    }

    private Object read(String body) {
        try {
            return json.readValue(body, Argument.of(Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parameters(String operation) {
        return operation.chars().filter(c -> c == '{').count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }
}
