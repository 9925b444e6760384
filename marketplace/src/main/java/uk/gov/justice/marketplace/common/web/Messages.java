package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The portal's words in English and Welsh (bundles in the frontend module). Errors carry message keys; a key
 * with no translation is shown as given, which is how plain-English messages from reference data come through.
 */
@Singleton
public class Messages {

    public static final Locale WELSH = Locale.forLanguageTag("cy");

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String text(String keyOrText, Locale locale, Object... arguments) {
        return source.getMessage(keyOrText, MessageSource.MessageContext.of(locale == null ? Locale.UK : locale),
                keyOrText).formatted(arguments);
    }

    public static String language(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }

}
