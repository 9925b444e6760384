package uk.gov.justice.marketplace.portal;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.gov.justice.marketplace.common.web.Pages;

/** The start page and the pages every GOV.UK service has in its footer. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class InformationPages {

    @Get
    HttpResponse<?> home() {
        return Pages.page("home", null);
    }

    @Get("/accessibility")
    HttpResponse<?> accessibility() {
        return Pages.page("pages/accessibility", null);
    }

    @Get("/cookies")
    HttpResponse<?> cookies() {
        return Pages.page("pages/cookies", null);
    }

    @Get("/privacy")
    HttpResponse<?> privacy() {
        return Pages.page("pages/privacy", null);
    }
}
