package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Pages;

/**
 * A signed-in person changes their own password. Only here, not in the API: a leaked API token must not be enough
 * to take the account over.
 */
@Hidden
@CsrfProtected
@Controller("/account/password")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AccountPasswordPages {

    private static final String VIEW = "identity/change-password";

    private final PasswordChange change;
    private final PortalSessions sessions;
    private final ClientAddresses addresses;
    private final Pages pages;

    AccountPasswordPages(PasswordChange change, PortalSessions sessions, ClientAddresses addresses, Pages pages) {
        this.change = change;
        this.sessions = sessions;
        this.addresses = addresses;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> form(Viewer viewer, HttpRequest<?> request) {
        return pages.page(request, VIEW, new PasswordPage(null, null, FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(Viewer viewer, @Body ChangePasswordForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    sessions.signIn(request, change.change(viewer, form.command(), addresses.of(request)));
                    return Pages.redirect(Pages.DASHBOARD + "?notice=passwordChanged");
                },
                errors -> new PasswordPage(null, null, errors));
    }
}
