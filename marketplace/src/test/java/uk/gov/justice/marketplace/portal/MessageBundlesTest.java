package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word in both languages, and no words typed straight into a template (petclinic's I18nPropertiesSyncTest). */
class MessageBundlesTest {

    private static final Path VIEWS = Path.of("..", "frontend", "src", "main", "resources", "views");
    private static final Pattern KEY_USE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern CODE =
            Pattern.compile("<code>.*?</code>|<svg.*?</svg>|<script.*?</script>", Pattern.DOTALL);

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "domain"})
    void english_and_welsh_have_the_same_keys_and_no_empty_text(String bundle) throws IOException {
        Properties english = bundle(bundle + ".properties");
        Properties welsh = bundle(bundle + "_cy.properties");

        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(welsh.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void every_key_a_template_uses_is_in_the_bundle() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        for (Path template : templates()) {
            Matcher matcher =
                    KEY_USE.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void templates_hold_no_words_of_their_own() throws IOException {
        for (Path template : templates()) {
            String html = CODE.matcher(
                            COMMENT.matcher(Files.readString(template)).replaceAll(""))
                    .replaceAll("");
            String text = TAG.matcher(html).replaceAll(" ").replaceAll("&[a-z]+;", " ");

            assertThat(text.replaceAll("[\\s!.,:;©()\\-–]", ""))
                    .as(template.toString())
                    .isEmpty();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
