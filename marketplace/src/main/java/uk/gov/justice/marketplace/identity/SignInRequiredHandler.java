package uk.gov.justice.marketplace.identity;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.ErrorResponses;

/**
 * Refusals by Micronaut Security. The API answers 401/403 problem+json. In the portal a person who is not signed
 * in is sent to sign in and brought back; a signed-in person gets "you cannot do this". A form posted with nobody
 * signed in behind it comes from a session that has expired: say so, rather than lose the answers in a redirect.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SignInRequiredHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorResponses responses;

    SignInRequiredHandler(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean forbidden = exception.isForbidden();
        if (ErrorResponses.isApi(request)) {
            return responses
                    .problem(
                            request,
                            forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
                            forbidden ? "error.access.forbidden" : "error.access.signInRequired",
                            List.of())
                    .header("WWW-Authenticate", "Bearer");
        }
        if (forbidden) {
            return responses.page(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        if (isFormPost(request)) {
            return responses.page(request, HttpStatus.FORBIDDEN, "csrf");
        }
        String back = request.getUri().getRawPath()
                + (request.getUri().getRawQuery() == null
                        ? ""
                        : "?" + request.getUri().getRawQuery());
        return HttpResponse.seeOther(
                UriBuilder.of("/sign-in").queryParam("returnTo", back).build());
    }

    private static boolean isFormPost(HttpRequest<?> request) {
        return !request.getMethodName().equals("GET")
                && request.getContentType()
                        .map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                        .orElse(false);
    }
}
