package uk.gov.justice.marketplace.contracts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** The words a document uses around its text, in English or Welsh, from the templates folder. */
final class Labels {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private final Properties words = new Properties();

    Labels(ContractTerms.Language language) {
        String file = "/templates/labels." + code(language) + ".properties";
        try (Reader in = new InputStreamReader(Labels.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String code(ContractTerms.Language language) {
        return language == ContractTerms.Language.WELSH ? "cy" : "en";
    }

    static Locale locale(ContractTerms.Language language) {
        return language == ContractTerms.Language.WELSH ? WELSH : Locale.UK;
    }

    String get(String key, Object... values) {
        return MessageFormat.format(words.getProperty(key, key).replace("'", "''"), values);
    }

    /** Lets a template write #{key} or #{key(value)} for a label in the document's language. */
    static final class Resolver extends AbstractMessageResolver {

        private final Labels english = new Labels(ContractTerms.Language.ENGLISH);
        private final Labels welsh = new Labels(ContractTerms.Language.WELSH);

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] values) {
            Labels labels = WELSH.getLanguage().equals(context.getLocale().getLanguage()) ? welsh : english;
            return labels.get(key, values == null ? new Object[0] : values);
        }

        @Override
        public String createAbsentMessageRepresentation(
                ITemplateContext context, Class<?> origin, String key, Object[] values) {
            return key;
        }
    }
}
