package uk.gov.justice.marketplace.identity;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;

import java.util.Locale;

/** A VCSE organisation creates its account; its first user is signed in straight away. */
@Hidden
@Controller("/register")
@Secured(SecurityRule.IS_ANONYMOUS)
class RegistrationPages {

    private static final String VIEW = "identity/register";

    private final Registration registration;
    private final PortalSessions sessions;
    private final Messages messages;

    RegistrationPages(Registration registration, PortalSessions sessions, Messages messages) {
        this.registration = registration;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Get
    HttpResponse<?> form() {
        return Pages.page(VIEW, RegistrationPage.blank());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(@Body RegisterProvider form, HttpRequest<?> request, Locale locale) {
        try {
            sessions.signIn(request, registration.registerProvider(form));
            return Pages.redirect(Pages.DASHBOARD + "?notice=registered");
        } catch (InvalidInputs invalid) {
            return Pages.refused(VIEW, RegistrationPage.retry(form, FormErrors.of(invalid, messages, locale)));
        }
    }
}
