package uk.gov.justice.marketplace.portal;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.DashboardLinks;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.notification.Notices;

/** Where everyone lands after signing in. */
@Hidden
@CsrfProtected
@Controller(DashboardPages.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DashboardPages {

    private final Pages pages;
    private final Notices notices;
    private final List<DashboardLinks> features;

    DashboardPages(Pages pages, Notices notices, List<DashboardLinks> features) {
        this.pages = pages;
        this.notices = notices;
        this.features = features;
    }

    @Post(value = "/notices/{id}/dismissal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismiss(Viewer viewer, @PathVariable UUID id, @Body CsrfOnlyForm form) {
        notices.dismiss(viewer.organisationId(), id);
        return Pages.redirect(PATH);
    }

    public static final String PATH = Pages.DASHBOARD;

    @Get
    HttpResponse<?> show(
            Viewer viewer, Authentication signedIn, @QueryValue @Nullable String notice, HttpRequest<?> request) {
        return pages.page(
                request,
                "dashboard/index",
                DashboardPage.of(viewer, signedIn, features, notice, notices.unread(viewer.organisationId())));
    }
}
