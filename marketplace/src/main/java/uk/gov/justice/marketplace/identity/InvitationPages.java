package uk.gov.justice.marketplace.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Pages;

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
    private final Pages pages;

    InvitationPages(UserInvitations invitations, PortalSessions sessions, Pages pages) {
        this.pages = pages;
        this.invitations = invitations;
        this.sessions = sessions;
    }

    @Get
    HttpResponse<?> show(@PathVariable String token, HttpRequest<?> request) {
        PendingInvitation pending = invitations.describe(token);
        return pages.page(request, VIEW, page(token, pending, pending.fullName(), FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable String token, @Body AcceptInvitationForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    sessions.signIn(request, invitations.accept(token, form.command()));
                    return Pages.redirect(Pages.DASHBOARD + "?notice=invitationAccepted");
                },
                errors -> page(token, invitations.describe(token), form.fullName(), errors));
    }

    private static AcceptInvitationPage page(
            String token, PendingInvitation pending, String fullName, FormErrors errors) {
        return new AcceptInvitationPage(token, pending.organisationName(), pending.email(), fullName, errors);
    }
}
