package uk.gov.justice.marketplace.identity;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.Pages;

import java.util.Locale;

/** The page behind an invitation link. An unknown, used or expired link is a 404 page. */
@Hidden
@CsrfProtected
@Controller("/invitations/{token}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class InvitationPages {

    private static final String VIEW = "identity/accept-invitation";

    private final UserInvitations invitations;
    private final PortalSessions sessions;
    private final Messages messages;
    private final Pages pages;

    InvitationPages(UserInvitations invitations, PortalSessions sessions, Messages messages, Pages pages) {
        this.pages = pages;
        this.invitations = invitations;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Get
    HttpResponse<?> show(@PathVariable String token, HttpRequest<?> request) {
        PendingInvitation pending = invitations.describe(token);
        return pages.page(request, VIEW, new AcceptInvitationPage(token, pending.organisationName(), pending.email(),
                pending.fullName(), FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable String token, @Body AcceptInvitationForm form,
                           HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        try {
            sessions.signIn(request, invitations.accept(token, form.command()));
            return Pages.redirect(Pages.DASHBOARD + "?notice=invitationAccepted");
        } catch (InvalidInputs invalid) {
            PendingInvitation pending = invitations.describe(token);
            return pages.refused(request, VIEW, new AcceptInvitationPage(token, pending.organisationName(),
                    pending.email(),
                    form.fullName(), FormErrors.of(invalid, messages, locale)));
        }
    }
}
