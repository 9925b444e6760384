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
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Pages;

/** A VCSE organisation creates its account; its first user is signed in straight away. */
@Hidden
@CsrfProtected
@Controller("/register")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class RegistrationPages {

    private static final String VIEW = "identity/register";

    private final Registration registration;
    private final PortalSessions sessions;
    private final Pages pages;

    RegistrationPages(Registration registration, PortalSessions sessions, Pages pages) {
        this.pages = pages;
        this.registration = registration;
        this.sessions = sessions;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request) {
        return pages.page(request, VIEW, RegistrationPage.blank());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(@Body RegistrationForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    sessions.signIn(request, registration.registerProvider(form.command()));
                    return Pages.redirect(Pages.DASHBOARD + "?notice=registered");
                },
                errors -> RegistrationPage.retry(form.command(), errors));
    }
}
