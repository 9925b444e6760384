package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
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
    private final HttpLocaleResolver locales;

    Messages(MessageSource source, HttpLocaleResolver locales) {
        this.source = source;
        this.locales = locales;
    }

    /** The language the person asked for: the language cookie, then Accept-Language, then English. */
    public Locale locale(HttpRequest<?> request) {
        return locales.resolveOrDefault(request);
    }

    public String text(String keyOrText, Locale locale) {
        return source.getMessage(keyOrText, MessageSource.MessageContext.of(locale == null ? Locale.UK : locale),
                keyOrText);
    }

    public static String language(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }

}
