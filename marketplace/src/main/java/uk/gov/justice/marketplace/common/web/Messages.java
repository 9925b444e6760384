package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import uk.gov.justice.marketplace.common.Texts;

/**
 * The portal's words in English and Welsh (bundles in the frontend module). Errors carry message keys; a key
 * with no translation is shown as given, which is how plain-English messages from reference data come through.
 */
@Singleton
public class Messages {

    private final Texts texts;
    private final HttpLocaleResolver locales;

    Messages(Texts texts, HttpLocaleResolver locales) {
        this.texts = texts;
        this.locales = locales;
    }

    /** The language the person asked for: the language cookie, then Accept-Language, then English. */
    public Locale locale(HttpRequest<?> request) {
        return locales.resolveOrDefault(request);
    }

    public String text(String keyOrText, Locale locale) {
        return texts.text(keyOrText, locale == null ? Texts.ENGLISH : locale, Map.of());
    }

    public static String language(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }
}
