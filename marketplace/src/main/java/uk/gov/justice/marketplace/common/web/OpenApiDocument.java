package uk.gov.justice.marketplace.common.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document generated from the controllers when the service was compiled. */
@Hidden
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiDocument {

    private static final String RESOURCE = "META-INF/swagger/marketplace-1.yml";
    private final byte[] document = load();

    @Get(produces = "application/yaml")
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build generates it from the controllers");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
