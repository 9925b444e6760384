package uk.gov.justice.marketplace.shortlist;

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
import java.util.UUID;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/** A lead provider's shortlists: see them, start one, add a provider from search, take one off. */
@Hidden
@CsrfProtected
@Controller("/shortlists")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ShortlistPages {

    private static final String VIEW = "shortlist/shortlists";

    private final Shortlists shortlists;
    private final Pages pages;

    ShortlistPages(Shortlists shortlists, Pages pages) {
        this.shortlists = shortlists;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Viewer viewer, HttpRequest<?> request) {
        return pages.page(request, VIEW, new ShortlistsPage(shortlists.mine(viewer), "", FormErrors.NONE));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Viewer viewer, @Body ShortlistForms.NewShortlist form, HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW).everyFieldOn("name"),
                () -> {
                    shortlists.create(viewer, form.name());
                    return Pages.redirect("/shortlists");
                },
                errors -> new ShortlistsPage(shortlists.mine(viewer), form.name(), errors));
    }

    @Post(value = "/entries", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(Viewer viewer, @Body ShortlistForms.Entry form) {
        shortlists.add(viewer, id(form.shortlistId(), "shortlist"), id(form.providerId(), "providerId"));
        String back = Pages.localPath(form.returnTo(), "/shortlists");
        return Pages.redirect(back + (back.contains("?") ? "&" : "?") + "shortlisted=" + form.providerId());
    }

    @Post(value = "/entries/removal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Viewer viewer, @Body ShortlistForms.Entry form) {
        shortlists.remove(viewer, id(form.shortlistId(), "shortlist"), id(form.providerId(), "providerId"));
        return Pages.redirect("/shortlists");
    }

    private static UUID id(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new NotFound(field, "error.shortlist.none");
        }
    }
}
