package uk.gov.justice.marketplace.register;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** Search and the register, for everyone signed in. */
@Singleton
class RegisterDashboardLinks implements ViewerDashboardLinks {

    private static final List<DashboardLink> LINKS = List.of(
            new DashboardLink(400, "dashboard.link.search", "/search", "dashboard.link.search.hint"),
            new DashboardLink(420, "dashboard.link.register", "/providers", "dashboard.link.register.hint"));

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        return LINKS;
    }
}
