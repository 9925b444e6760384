package uk.gov.justice.marketplace.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.gov.justice.marketplace.common.web.Pages;

/** The start page and the pages every GOV.UK service has in its footer. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class InformationPages {

    private final Pages pages;

    InformationPages(Pages pages) {
        this.pages = pages;
    }

    @Get
    HttpResponse<?> home(HttpRequest<?> request) {
        return pages.page(request, "home", null);
    }

    @Get("/accessibility")
    HttpResponse<?> accessibility(HttpRequest<?> request) {
        return pages.page(request, "pages/accessibility", null);
    }

    @Get("/cookies")
    HttpResponse<?> cookies(HttpRequest<?> request) {
        return pages.page(request, "pages/cookies", null);
    }

    @Get("/privacy")
    HttpResponse<?> privacy(HttpRequest<?> request) {
        return pages.page(request, "pages/privacy", null);
    }
}
