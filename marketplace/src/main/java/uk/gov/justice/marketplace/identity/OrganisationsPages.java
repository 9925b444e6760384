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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;

/** The market steward sees every organisation and adds lead providers, commissioners and stewards. */
@Hidden
@CsrfProtected
@Controller("/organisations")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OrganisationsPages {

    private static final String VIEW = "identity/organisations";

    private final OrganisationDirectory directory;
    private final Messages messages;
    private final Pages pages;

    OrganisationsPages(OrganisationDirectory directory, Messages messages, Pages pages) {
        this.directory = directory;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Viewer steward, HttpRequest<?> request) {
        return pages.page(
                request, VIEW, page(steward, messages.locale(request), OrganisationForm.BLANK, null, FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(Viewer steward, @Body OrganisationForm form, HttpRequest<?> request) {
        Locale locale = messages.locale(request);
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW),
                () -> {
                    InvitationLink link = directory.create(steward, form.command());
                    return pages.page(
                            request, VIEW, page(steward, locale, OrganisationForm.BLANK, link.url(), FormErrors.NONE));
                },
                errors -> page(steward, locale, form, null, errors));
    }

    private OrganisationsPage page(
            Viewer steward, Locale locale, OrganisationForm typed, String link, FormErrors errors) {
        List<OrganisationsPage.Row> rows = directory.all(steward).stream()
                .map(o -> new OrganisationsPage.Row(
                        o.name(),
                        label("kind." + o.kind(), locale),
                        o.commissionerType() == null ? "" : label("commissionerType." + o.commissionerType(), locale),
                        o.registrationNumber() == null ? "" : o.registrationNumber()))
                .toList();
        return new OrganisationsPage(
                rows,
                options(OrganisationKind.values(), "kind.", locale),
                options(CommissionerType.values(), "commissionerType.", locale),
                typed,
                link,
                errors);
    }

    private List<Option> options(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), label(prefix + v.name(), locale)))
                .toList();
    }

    private String label(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
