package uk.gov.justice.marketplace.common;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;

/**
 * The service's words (message bundles) for code that is not answering an HTTP request, such as an email; a key
 * with no text is given back as it is. {name} placeholders are filled from the values.
 */
@Singleton
public class Texts {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.forLanguageTag("cy");

    private final MessageSource source;

    Texts(MessageSource source) {
        this.source = source;
    }

    public String text(String keyOrText, Locale locale, Map<String, Object> values) {
        return source.getMessage(keyOrText, MessageSource.MessageContext.of(locale, values), keyOrText);
    }
}
