package uk.gov.justice.marketplace.identity;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;

/** The steward's organisations, an admin's colleagues, and everyone's own account. */
@Singleton
class IdentityDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        List<DashboardLink> links = new ArrayList<>();
        if (viewer.isSteward()) {
            links.add(new DashboardLink(
                    200, "dashboard.link.organisations", "/organisations", "dashboard.link.organisations.hint"));
        }
        if (viewer.has(Role.ORGANISATION_ADMIN)) {
            links.add(new DashboardLink(300, "dashboard.link.users", UsersPages.PATH, "dashboard.link.users.hint"));
        }
        links.add(new DashboardLink(
                500, "dashboard.link.apiTokens", "/account/api-tokens", "dashboard.link.apiTokens.hint"));
        links.add(
                new DashboardLink(510, "dashboard.link.password", "/account/password", "dashboard.link.password.hint"));
        return links;
    }
}
