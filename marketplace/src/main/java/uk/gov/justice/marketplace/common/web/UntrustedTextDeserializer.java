package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import uk.gov.justice.marketplace.common.UntrustedText;

/**
 * Every string decoded while a request is handled, from a JSON body or a portal form (Micronaut binds both through
 * serde), passes {@link UntrustedText} under its property's name and limit, so no controller or use case can
 * forget it: refused for the API, cleaned for the portal. Documents read back from the service's own tables
 * ({@link UntrustedText#fromOwnStore}) and decoding outside a request are left alone.
 */
@Singleton
class UntrustedTextDeserializer implements Deserializer<String> {

    private static final String BODY = "body";

    @Override
    public Deserializer<String> createSpecific(DecoderContext context, Argument<? super String> type) {
        String name = type.getName();
        String field = name.isEmpty() || name.equals(type.getType().getSimpleName()) ? BODY : name;
        int max = type.getAnnotationMetadata().intValue(Size.class, "max").orElse(UntrustedText.DEFAULT_MAX_LENGTH);
        return new Checked(field, max);
    }

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return check(BODY, decoder.decodeString(), UntrustedText.DEFAULT_MAX_LENGTH);
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    private static String check(String field, String value, int maxLength) {
        if (UntrustedText.readingOwnStore()) {
            return value;
        }
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        if (request.isEmpty()) {
            return value;
        }
        return ErrorResponses.isApi(request.get())
                ? UntrustedText.refused(field, value, maxLength)
                : UntrustedText.cleaned(field, value, maxLength);
    }

    private record Checked(String field, int maxLength) implements Deserializer<String> {

        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                throws IOException {
            return check(field, decoder.decodeString(), maxLength);
        }

        @Override
        public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
                throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }
    }
}
