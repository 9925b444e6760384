package uk.gov.justice.marketplace.identity;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;

import java.util.Locale;

/** The page behind an invitation link. An unknown, used or expired link is a 404 page. */
@Hidden
@Controller("/invitations/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
class InvitationPages {

    private static final String VIEW = "identity/accept-invitation";

    private final UserInvitations invitations;
    private final PortalSessions sessions;
    private final Messages messages;

    InvitationPages(UserInvitations invitations, PortalSessions sessions, Messages messages) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.messages = messages;
    }

    @Get
    HttpResponse<?> show(@PathVariable String token) {
        PendingInvitation pending = invitations.describe(token);
        return Pages.page(VIEW, new AcceptInvitationPage(token, pending.organisationName(), pending.email(),
                pending.fullName(), FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable String token, @Body AcceptInvitation form, HttpRequest<?> request,
                           Locale locale) {
        try {
            sessions.signIn(request, invitations.accept(token, form));
            return Pages.redirect(Pages.DASHBOARD + "?notice=invitationAccepted");
        } catch (InvalidInputs invalid) {
            PendingInvitation pending = invitations.describe(token);
            return Pages.refused(VIEW, new AcceptInvitationPage(token, pending.organisationName(), pending.email(),
                    form.fullName(), FormErrors.of(invalid, messages, locale)));
        }
    }
}
