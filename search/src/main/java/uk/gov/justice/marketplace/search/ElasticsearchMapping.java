package uk.gov.justice.marketplace.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.search.DocumentKind.Display;
import uk.gov.justice.marketplace.search.DocumentKind.Keyword;
import uk.gov.justice.marketplace.search.DocumentKind.Number;
import uk.gov.justice.marketplace.search.DocumentKind.PerArea;
import uk.gov.justice.marketplace.search.DocumentKind.SortText;
import uk.gov.justice.marketplace.search.DocumentKind.Text;

/**
 * An index's settings and mapping, made from the kind's declaration: one shard and BM25 (k1 1.2, b 0.75) as the
 * embedded engine scores; strict, so a field the declaration does not name is refused; stemmed words in text
 * fields the {@code standard} analyzer only splits (see {@link Analysis}); originals kept but not indexed.
 */
final class ElasticsearchMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ElasticsearchMapping() {}

    static String json(DocumentKind<?> kind) {
        try {
            return JSON.writeValueAsString(definition(kind));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> definition(DocumentKind<?> kind) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> templates = new ArrayList<>();
        properties.put(DocumentIndex.ID, Map.of("type", "keyword"));
        for (DocumentKind.Field<?> field : kind.fields()) {
            if (field instanceof Display<?>) {
                properties.put(field.name(), Map.of("type", "keyword", "index", false, "doc_values", false));
            } else if (field instanceof SortText<?> || field instanceof Keyword<?>) {
                properties.put(field.name(), Map.of("type", "keyword"));
            } else if (field instanceof Number<?> number) {
                properties.put(
                        field.name(),
                        number.moment() ? Map.of("type", "date", "format", "epoch_millis") : Map.of("type", "long"));
            } else if (field instanceof PerArea<?>) {
                properties.put(field.name(), Map.of("type", "object", "dynamic", true));
                templates.add(Map.of(
                        field.name() + "_by_area",
                        Map.of("path_match", field.name() + ".*", "mapping", Map.of("type", "integer"))));
            } else if (field instanceof Text<?> text) {
                properties.put(text.name(), Map.of("type", "text", "analyzer", "standard"));
                properties.putIfAbsent(text.original(), Map.of("type", "text", "index", false));
            }
        }
        Map<String, Object> mappings = new LinkedHashMap<>();
        mappings.put("dynamic", "strict");
        mappings.put("properties", properties);
        if (!templates.isEmpty()) {
            mappings.put("dynamic_templates", templates);
        }
        return Map.of(
                "settings",
                Map.of(
                        "number_of_shards",
                        1,
                        "number_of_replicas",
                        0,
                        "refresh_interval",
                        "1s",
                        "index",
                        Map.of("similarity", Map.of("default", Map.of("type", "BM25", "k1", 1.2, "b", 0.75)))),
                "mappings",
                mappings);
    }
}
