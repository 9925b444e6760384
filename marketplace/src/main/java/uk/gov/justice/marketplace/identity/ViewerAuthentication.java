package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;

/** Carries the Viewer inside Micronaut Security's Authentication, so @Secured rules see the roles. */
public final class ViewerAuthentication {

    static final String ATTRIBUTE = "viewer";

    private ViewerAuthentication() {}

    static Authentication of(Viewer viewer) {
        return Authentication.build(
                viewer.email(), viewer.roles().stream().map(Enum::name).toList(), Map.of(ATTRIBUTE, viewer));
    }

    /** The signed-in viewer of a request, whichever way it authenticated. */
    public static Optional<Viewer> of(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).flatMap(ViewerAuthentication::from);
    }

    static Optional<Viewer> from(Authentication authentication) {
        return authentication == null
                ? Optional.empty()
                : Optional.ofNullable((Viewer) authentication.getAttributes().get(ATTRIBUTE));
    }
}
