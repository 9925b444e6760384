package uk.gov.justice.marketplace.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a fuzzer sends in place of text: each has made the service answer 500 at some time. */
public final class HostileValues {

    public static final List<String> TEXTS = List.of(
            "nul\u0000byte",
            "lone\uD800surrogate",
            "\uDC00",
            "bell\u0007and" + "escape\u001b[31m",
            "x".repeat(100_000));

    /** Bodies that are not the object an operation expects. */
    public static final List<String> BODIES = List.of("null", "", "[]", "{", "\"text\"", "12", "{\"a\":");

    private HostileValues() {}

    /** JSON text of a value, with every character outside printable ASCII escaped (so a lone surrogate survives). */
    public static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> json(String.valueOf(e.getKey())) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HostileValues::json).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** For a URL: UTF-8 percent-encoded, except that a lone surrogate goes as the bytes a careless encoder makes. */
    public static String urlEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isSurrogate(c)) {
                out.append(c < 0xDC00 ? "%ED%A0%80" : "%ED%B0%80");
            } else {
                out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
