package uk.gov.justice.marketplace.identity;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;

import java.util.Locale;

/** Signing in and out of the portal. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInPages {

    private static final String VIEW = "identity/sign-in";

    private final SignIn signIn;
    private final PortalSessions sessions;
    private final Messages messages;

    SignInPages(SignIn signIn, PortalSessions sessions, Messages messages) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Get("/sign-in")
    HttpResponse<?> form(@QueryValue @Nullable String returnTo) {
        return Pages.page(VIEW, new SignInPage("", Pages.localPath(returnTo, null), FormErrors.NONE));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request, Locale locale) {
        String returnTo = Pages.localPath(form.returnTo(), null);
        SignInOutcome outcome = signIn.attempt(form.email(), form.password());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            sessions.signIn(request, signedIn.viewer());
            return Pages.redirect(returnTo == null ? Pages.DASHBOARD : returnTo);
        }
        String key = outcome instanceof SignInOutcome.Locked ? "error.signIn.locked" : "error.signIn.refused";
        return Pages.refused(VIEW, new SignInPage(form.email() == null ? "" : form.email(), returnTo,
                FormErrors.one("email", key, messages, locale)));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.signOut(request);
        return Pages.redirect("/");
    }
}
