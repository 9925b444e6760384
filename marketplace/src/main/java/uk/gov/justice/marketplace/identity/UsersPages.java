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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;

/** An organisation admin sees its users and invites more. */
@Hidden
@CsrfProtected
@Controller(UsersPages.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class UsersPages {

    static final String PATH = "/organisation/users";
    private static final String VIEW = "identity/users";

    /** What the banner says after a change made on a colleague's page. */
    private static final Map<String, String> DONE = Map.of(
            "roles",
            "users.done.roles",
            "deactivated",
            "users.done.deactivated",
            "reactivated",
            "users.done.reactivated");

    private final OrganisationDirectory directory;
    private final UserInvitations invitations;
    private final Messages messages;
    private final Pages pages;

    UsersPages(OrganisationDirectory directory, UserInvitations invitations, Messages messages, Pages pages) {
        this.pages = pages;
        this.directory = directory;
        this.invitations = invitations;
        this.messages = messages;
    }

    @Get
    HttpResponse<?> list(Viewer admin, @QueryValue @Nullable String done, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        UsersPage page = page(admin, locale, new InviteUser("", "", List.of()), null, FormErrors.NONE);
        return pages.page(request, VIEW, page.withDone(done == null ? null : DONE.get(done)));
    }

    @Post(value = "/invitations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> invite(Viewer admin, @Body InvitationForm form, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    InvitationLink link = invitations.invite(admin, admin.organisationId(), form.command());
                    return pages.page(
                            request,
                            VIEW,
                            page(admin, locale, new InviteUser("", "", List.of()), link.url(), FormErrors.NONE));
                },
                errors -> page(admin, locale, form.command(), null, errors));
    }

    private UsersPage page(Viewer admin, Locale locale, InviteUser typed, @Nullable String link, FormErrors errors) {
        List<UsersPage.MemberRow> members = directory.members(admin, admin.organisationId()).stream()
                .map(m -> new UsersPage.MemberRow(
                        m.id().toString(),
                        m.fullName(),
                        m.email(),
                        roles(m, locale),
                        messages.text(statusKey(m), locale),
                        m.active()))
                .toList();
        List<Option> options = Role.grantableIn(admin.organisationKind()).stream()
                .map(r -> new Option(r.name(), messages.text("role." + r.name(), locale)))
                .toList();
        return new UsersPage(
                members,
                typed.email(),
                typed.fullName(),
                options,
                typed.roles() == null ? List.of() : typed.roles(),
                link,
                null,
                errors);
    }

    static String statusKey(Member member) {
        return !member.active()
                ? "user.status.deactivated"
                : member.locked() ? "user.status.locked" : "user.status.active";
    }

    private String roles(Member member, Locale locale) {
        return member.roles().stream()
                .map(r -> messages.text("role." + r.name(), locale))
                .collect(Collectors.joining(", "));
    }
}
