package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.runtime.context.CompositeMessageSource;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's bundles, looked up in order. Unlike Micronaut's own interpolation it does not treat an apostrophe
 * as a quote, so translators write "organisation's" and "Nid yw'r" as they are; only {name} is replaced.
 */
@Singleton
@Primary
@Replaces(CompositeMessageSource.class)
class PlainMessageSource implements MessageSource {

    private static final List<String> BUNDLES = List.of("i18n.messages", "i18n.domain");

    private final List<ResourceBundleMessageSource> bundles =
            BUNDLES.stream().map(ResourceBundleMessageSource::new).toList();

    @Override
    public Optional<String> getRawMessage(String code, MessageContext context) {
        return bundles.stream()
                .map(b -> b.getRawMessage(code, context))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public String interpolate(String template, MessageContext context) {
        String result = template;
        for (Map.Entry<String, Object> variable : context.getVariables().entrySet()) {
            result = result.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
        }
        return result;
    }
}
