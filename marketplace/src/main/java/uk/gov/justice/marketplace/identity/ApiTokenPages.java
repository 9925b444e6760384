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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.CsrfForm;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;

/** A user makes and revokes the bearer tokens its scripts use to call the API. */
@Hidden
@CsrfProtected
@Controller("/account/api-tokens")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ApiTokenPages {

    private static final String VIEW = "identity/api-tokens";
    private static final FormPage FORM = FormPage.of(VIEW);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/London"));

    private final ApiTokens tokens;
    private final Messages messages;
    private final Pages pages;

    ApiTokenPages(ApiTokens tokens, Messages messages, Pages pages) {
        this.pages = pages;
        this.tokens = tokens;
        this.messages = messages;
    }

    @Introspected
    @Serdeable
    record NameForm(@Nullable String name, @Nullable String csrfToken) implements CsrfForm {}

    @Get
    HttpResponse<?> list(Viewer viewer, HttpRequest<?> request) {
        return pages.page(request, VIEW, page(viewer, null, "", FormErrors.NONE, messages.locale(request)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Viewer viewer, @Body NameForm form, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        return pages.shownAgainIfRefused(
                request,
                FORM,
                () -> pages.page(
                        request, VIEW, page(viewer, tokens.create(viewer, form.name()), "", FormErrors.NONE, locale)),
                errors -> page(viewer, null, form.name(), errors, locale));
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(Viewer viewer, @PathVariable UUID id, @Body CsrfOnlyForm form, HttpRequest<?> request) {
        tokens.revoke(viewer, id);
        return Pages.redirect("/account/api-tokens");
    }

    private ApiTokensPage page(Viewer viewer, NewApiToken made, String typedName, FormErrors errors, Locale locale) {
        return new ApiTokensPage(
                tokens.listFor(viewer).stream()
                        .map(listed -> {
                            ApiToken t = listed.token();
                            return new ApiTokensPage.Row(
                                    t.id().toString(),
                                    t.name(),
                                    format(t.createdAt()),
                                    format(t.lastUsedAt()),
                                    format(t.expiresAt()),
                                    listed.status().name());
                        })
                        .toList(),
                made == null ? null : made.token(),
                made == null ? null : Dates.dayAndTime(made.expiresAt(), locale),
                typedName,
                errors);
    }

    private static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
