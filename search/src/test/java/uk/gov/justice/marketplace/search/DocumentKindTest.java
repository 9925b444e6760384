package uk.gov.justice.marketplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kind's declaration, checked without an engine. */
class DocumentKindTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_providers_declaration_gives_the_v1_mapping_already_deployed_so_existing_indexes_keep_working()
            throws IOException {
        try (InputStream deployed = getClass().getResourceAsStream("/elasticsearch/providers-v1.json")) {
            JsonNode v1 = JSON.readTree(deployed);

            assertThat(JSON.valueToTree(ElasticsearchMapping.definition(ProviderKind.KIND))
                            .equals(v1))
                    .isTrue();
            assertThat(ProviderKind.KIND.version()).isEqualTo("v1");
        }
    }

    @Test
    void a_field_declared_twice_is_refused() {
        assertThatThrownBy(() -> DocumentKind.<String>builder("words", "v1", s -> s)
                        .facet("letter", s -> List.of(s.substring(0, 1)))
                        .keyword("letter", List::of))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("letter");
    }

    @Test
    void a_kind_without_a_sort_field_to_browse_by_is_refused() {
        assertThatThrownBy(() -> DocumentKind.<String>builder("words", "v1", s -> s)
                        .facet("letter", s -> List.of(s.substring(0, 1)))
                        .browsedBy("letter")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("browse");
    }
}
