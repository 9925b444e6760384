package uk.gov.justice.marketplace;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** The OpenAPI document's header; the document itself is generated from the controllers at compile time. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "marketplace",
                        version = "1",
                        description =
                                "Marketplace for Rehabilitation Services: JSON API. Errors are application/problem+json."),
        servers = @Server(url = "/", description = "This service"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
final class ApiDocumentation {
    private ApiDocumentation() {}
}
