package uk.gov.justice.marketplace.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;

/** An organisation admin changes one colleague's roles, or deactivates them after confirming (or reactivates them). */
@Hidden
@CsrfProtected
@Controller("/organisation/users/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MemberPages {

    private static final String VIEW = "identity/member";
    private static final String CONFIRM = "identity/deactivate-member";

    private final UserManagement management;
    private final Messages messages;
    private final Pages pages;

    MemberPages(UserManagement management, Messages messages, Pages pages) {
        this.management = management;
        this.messages = messages;
        this.pages = pages;
    }

    @Introspected
    @Serdeable
    record RolesForm(@Nullable List<String> roles, @Nullable String csrfToken) implements CsrfForm {}

    @Get
    HttpResponse<?> show(Viewer admin, @PathVariable UUID id, HttpRequest<?> request) {
        Member member = management.member(admin, admin.organisationId(), id);
        return pages.page(
                request,
                VIEW,
                page(
                        admin,
                        member,
                        member.roles().stream().map(Role::name).toList(),
                        FormErrors.NONE,
                        messages.locale(request)));
    }

    @Post(value = "/roles", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeRoles(Viewer admin, @PathVariable UUID id, @Body RolesForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    management.changeRoles(admin, admin.organisationId(), id, form.roles());
                    return Pages.redirect(UsersPages.PATH + "?done=roles");
                },
                errors -> page(
                        admin,
                        management.member(admin, admin.organisationId(), id),
                        form.roles() == null ? List.of() : form.roles(),
                        errors,
                        messages.locale(request)));
    }

    @Get("/deactivation")
    HttpResponse<?> confirm(Viewer admin, @PathVariable UUID id, HttpRequest<?> request) {
        Member member = management.member(admin, admin.organisationId(), id);
        return pages.page(request, CONFIRM, confirmation(member, FormErrors.NONE));
    }

    @Post(value = "/deactivation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(Viewer admin, @PathVariable UUID id, @Body CsrfOnlyForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(CONFIRM),
                () -> {
                    management.deactivate(admin, admin.organisationId(), id);
                    return Pages.redirect(UsersPages.PATH + "?done=deactivated");
                },
                errors -> confirmation(management.member(admin, admin.organisationId(), id), errors));
    }

    @Post(value = "/reactivation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(Viewer admin, @PathVariable UUID id, @Body CsrfOnlyForm form) {
        management.reactivate(admin, admin.organisationId(), id);
        return Pages.redirect(UsersPages.PATH + "?done=reactivated");
    }

    private static DeactivateMemberPage confirmation(Member member, FormErrors errors) {
        return new DeactivateMemberPage(member.id().toString(), member.fullName(), member.email(), errors);
    }

    private MemberPage page(Viewer admin, Member member, List<String> selected, FormErrors errors, Locale locale) {
        List<Option> options = Role.grantableIn(admin.organisationKind()).stream()
                .map(r -> new Option(r.name(), messages.text("role." + r.name(), locale)))
                .toList();
        return new MemberPage(
                member.id().toString(),
                member.fullName(),
                member.email(),
                messages.text(UsersPages.statusKey(member), locale),
                member.active(),
                options,
                selected,
                errors);
    }
}
