package uk.gov.justice.marketplace.ratecard;

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
import uk.gov.justice.marketplace.common.web.Pages;

/**
 * The rate card's search and compare pages: GET forms, so every search and every comparison is a link and it all
 * works without JavaScript.
 */
@Hidden
@Controller("/rate-card")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RateCardSearchPages {

    private static final String SEARCH = "ratecard/search";
    private static final String COMPARE = "ratecard/compare";

    private final RateCardSearch search;
    private final RateCardCompare compare;
    private final RateCardSearchPageModels models;
    private final Messages messages;
    private final Pages pages;

    RateCardSearchPages(
            RateCardSearch search,
            RateCardCompare compare,
            RateCardSearchPageModels models,
            Messages messages,
            Pages pages) {
        this.search = search;
        this.compare = compare;
        this.models = models;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> search(@RequestBean RateCardSearchRequest request, HttpRequest<?> http) {
        Locale locale = messages.locale(http);
        try {
            return pages.page(http, SEARCH, models.page(request, search.find(request), FormErrors.NONE, locale));
        } catch (InvalidInputs | InvalidInput refused) {
            return pages.refused(
                    http, SEARCH, models.refused(request, FormErrors.of(refused.fields(), messages, locale), locale));
        } catch (Unavailable down) {
            return pages.page(
                    http,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    SEARCH,
                    models.refused(request, FormErrors.one("text", down.getMessage(), messages, locale), locale));
        }
    }

    @Get("/compare")
    HttpResponse<?> compare(@Nullable @QueryValue List<String> service, HttpRequest<?> http) {
        Locale locale = messages.locale(http);
        List<String> chosen = service == null ? List.of() : service;
        try {
            var compared = compare.compare(chosen);
            return pages.page(http, COMPARE, models.compare(compared, compared, FormErrors.NONE, locale));
        } catch (InvalidInput refused) {
            return pages.refused(
                    http,
                    COMPARE,
                    models.compare(
                            List.of(),
                            compare.chosen(chosen),
                            FormErrors.of(refused.fields(), messages, locale),
                            locale));
        }
    }
}
