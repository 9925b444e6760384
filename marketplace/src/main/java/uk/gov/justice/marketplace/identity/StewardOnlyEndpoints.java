package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Sensitive management endpoints (metrics) are for the market steward alone: request counters by route tell
 * anyone who can read them when a concern or its evidence arrived.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class StewardOnlyEndpoints extends SensitiveEndpointRule {

    StewardOnlyEndpoints(EndpointSensitivityProcessor endpointSensitivityProcessor) {
        super(endpointSensitivityProcessor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(
            HttpRequest<?> request, Authentication authentication, ExecutableMethod<?, ?> method) {
        return Publishers.just(isSteward(authentication) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    static boolean isSteward(Authentication authentication) {
        return ViewerAuthentication.from(authentication).map(Viewer::isSteward).orElse(false);
    }
}
