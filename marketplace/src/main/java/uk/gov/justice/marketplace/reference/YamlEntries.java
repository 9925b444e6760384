package uk.gov.justice.marketplace.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Reads a reference data file's lists of entries, naming the file and entry in every complaint. */
final class YamlEntries {

    private final String file;
    private final Map<String, Object> document;

    private YamlEntries(String file, Map<String, Object> document) {
        this.file = file;
        this.document = document == null ? Map.of() : document;
    }

    static YamlEntries parse(String file, InputStream yaml) {
        if (yaml == null) {
            throw new InvalidReferenceData(file, "is missing from the classpath");
        }
        try (yaml) {
            return new YamlEntries(file, new Yaml().load(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new InvalidReferenceData(file, "is not valid YAML (" + e.getMessage() + ")");
        }
    }

    static YamlEntries fromClasspath(String file) {
        return parse(file, YamlEntries.class.getClassLoader().getResourceAsStream(file));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String key) {
        Object value = document.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw fail("'" + key + "' must be a list");
        }
        return (List<Map<String, Object>>) value;
    }

    String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null || value.toString().isBlank()) {
            throw fail("entry " + entry + " has no '" + key + "'");
        }
        return value.toString();
    }

    Label label(Map<String, Object> entry, String englishKey, String welshKey) {
        return new Label(text(entry, englishKey), text(entry, welshKey));
    }

    @SuppressWarnings("unchecked")
    List<String> texts(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw fail("entry " + entry.get("code") + " needs a non-empty list '" + key + "'");
        }
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    /** YAML reads an unquoted 2022-09-19 as a timestamp; either form is accepted. */
    LocalDate date(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(entry, key));
        } catch (java.time.format.DateTimeParseException e) {
            throw fail("entry " + entry + " has '" + key + "' that is not a date like 2022-09-19");
        }
    }

    InvalidReferenceData fail(String problem) {
        return new InvalidReferenceData(file, problem);
    }
}
