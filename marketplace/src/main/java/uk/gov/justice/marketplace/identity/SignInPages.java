package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Locale;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;

/** Signing in and out of the portal. */
@Hidden
@CsrfProtected
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInPages {

    private static final String VIEW = "identity/sign-in";

    private final SignIn signIn;
    private final PortalSessions sessions;
    private final ClientAddresses addresses;
    private final Messages messages;
    private final Pages pages;

    SignInPages(SignIn signIn, PortalSessions sessions, ClientAddresses addresses, Messages messages, Pages pages) {
        this.pages = pages;
        this.addresses = addresses;
        this.signIn = signIn;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Get("/sign-in")
    HttpResponse<?> form(
            @QueryValue @Nullable String returnTo, @QueryValue @Nullable String notice, HttpRequest<?> request) {
        return pages.page(
                request,
                VIEW,
                new SignInPage(
                        "",
                        Pages.localPath(returnTo, null),
                        "passwordReset".equals(notice) ? "signIn.notice.passwordReset" : null,
                        FormErrors.NONE));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        String returnTo = Pages.localPath(form.returnTo(), null);
        SignInOutcome outcome = signIn.attempt(form.email(), form.password(), addresses.of(request));
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            sessions.signIn(request, signedIn.viewer());
            return Pages.redirect(returnTo == null ? Pages.DASHBOARD : returnTo);
        }
        return pages.refused(
                request,
                VIEW,
                new SignInPage(
                        form.email() == null ? "" : form.email(),
                        returnTo,
                        null,
                        FormErrors.one("email", "error.signIn.refused", messages, locale)));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(@Body CsrfOnlyForm form, HttpRequest<?> request) {
        sessions.signOut(request);
        return Pages.redirect("/");
    }
}
