package uk.gov.justice.marketplace.cocommissioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The vendored OCDS 1.1 release schema with the Budget Breakdown extension merged in (RFC 7386, as the standard
 * builds an extended schema), and a validator for it (draft 4).
 */
final class OcdsReleaseSchema {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(merged(read("ocds/1.1/release-schema.json"), read("ocds/budget-breakdown/release-schema.json")));

    private OcdsReleaseSchema() {}

    /** What the schema finds wrong with a release, each as its location and message; empty when it is valid. */
    static List<String> problemsWith(JsonNode release) {
        return SCHEMA.validate(release).stream().map(Error::toString).toList();
    }

    static JsonNode read(String resource) {
        try (InputStream in = OcdsReleaseSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode merged(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merged(result.path(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
