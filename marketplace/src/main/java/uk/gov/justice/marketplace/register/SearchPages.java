package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.Unavailable;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.shortlist.Shortlists;

/** The search page: a GET form, so every search is a link and it all works without JavaScript. */
@Hidden
@Controller("/search")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SearchPages {

    private static final String VIEW = "register/search";

    private final ProviderFinder finder;
    private final SearchPageModels models;
    private final Shortlists shortlists;
    private final Messages messages;
    private final Pages pages;

    SearchPages(ProviderFinder finder, SearchPageModels models, Shortlists shortlists, Messages messages, Pages pages) {
        this.finder = finder;
        this.models = models;
        this.shortlists = shortlists;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> search(
            Viewer viewer,
            @RequestBean SearchRequest request,
            @Nullable @QueryValue String shortlisted,
            HttpRequest<?> http) {
        Locale locale = messages.locale(http);
        try {
            SearchPage page = models.page(request, finder.find(request), shortlistsOf(viewer), FormErrors.NONE, locale);
            return pages.page(
                    http,
                    VIEW,
                    shortlisted == null ? page : page.withBanner(messages.text("search.shortlisted", locale)));
        } catch (InvalidInputs | InvalidInput refused) {
            return pages.refused(
                    http, VIEW, models.refused(request, FormErrors.of(refused.fields(), messages, locale), locale));
        } catch (Unavailable down) {
            return pages.page(
                    http,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    VIEW,
                    models.refused(request, FormErrors.one("text", down.getMessage(), messages, locale), locale));
        }
    }

    private List<Option> shortlistsOf(Viewer viewer) {
        if (!Shortlists.canKeep(viewer)) {
            return List.of();
        }
        return shortlists.mine(viewer).stream()
                .map(s -> new Option(s.id().toString(), s.name()))
                .toList();
    }
}
