package uk.gov.justice.marketplace.portal;

import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;

/** Where everyone lands after signing in. */
@Hidden
@Controller(DashboardPages.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DashboardPages {

    private final Pages pages;

    DashboardPages(Pages pages) {
        this.pages = pages;
    }

    public static final String PATH = Pages.DASHBOARD;

    @Get
    HttpResponse<?> show(Viewer viewer, @QueryValue @Nullable String notice, HttpRequest<?> request) {
        return pages.page(request, "dashboard/index", DashboardPage.of(viewer, notice));
    }
}
