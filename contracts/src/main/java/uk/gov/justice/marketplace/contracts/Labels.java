package uk.gov.justice.marketplace.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** The words a contract uses around its clauses, in English or Welsh, from the templates folder. */
final class Labels {

    private final Properties words = new Properties();

    Labels(ContractTerms.Language language) {
        String file = "/templates/labels." + code(language) + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String code(ContractTerms.Language language) {
        return language == ContractTerms.Language.WELSH ? "cy" : "en";
    }

    String get(String key, Object... values) {
        return MessageFormat.format(words.getProperty(key, key).replace("'", "''"), values);
    }
}
