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
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Pages;

/**
 * "Forgotten your password?": ask for a link, then choose a new password through it. An unknown, used or expired
 * link is a 404 page, like an invitation's.
 */
@Hidden
@CsrfProtected
@Controller("/password-reset")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class PasswordResetPages {

    private static final String ASK = "identity/forgotten-password";
    private static final String SENT = "identity/reset-sent";
    private static final String CHOOSE = "identity/reset-password";

    private final PasswordResetLinks resets;
    private final Pages pages;

    PasswordResetPages(PasswordResetLinks resets, Pages pages) {
        this.resets = resets;
        this.pages = pages;
    }

    @Introspected
    @Serdeable
    record EmailForm(@Nullable String email, @Nullable String csrfToken) implements CsrfForm {}

    @Introspected
    @Serdeable
    record NewPasswordForm(@Nullable String password, @Nullable String confirmPassword, @Nullable String csrfToken)
            implements CsrfForm {}

    @Get
    HttpResponse<?> ask(HttpRequest<?> request) {
        return pages.page(request, ASK, new EmailPage("", FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(@Body EmailForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(ASK),
                () -> {
                    resets.request(form.email());
                    return pages.page(request, SENT, null);
                },
                errors -> new EmailPage(form.email() == null ? "" : form.email(), errors));
    }

    @Get("/{token}")
    HttpResponse<?> choose(@PathVariable String token, HttpRequest<?> request) {
        return pages.page(request, CHOOSE, new PasswordPage(token, resets.describe(token), FormErrors.NONE));
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(@PathVariable String token, @Body NewPasswordForm form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(CHOOSE),
                () -> {
                    resets.complete(token, form.password(), form.confirmPassword());
                    return Pages.redirect("/sign-in?notice=passwordReset");
                },
                errors -> new PasswordPage(token, resets.describe(token), errors));
    }
}
