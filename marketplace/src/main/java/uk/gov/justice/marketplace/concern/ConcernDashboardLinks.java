package uk.gov.justice.marketplace.concern;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** A partner's confidential concerns, the matters put to a lead provider, the steward's concerns to act on. */
@Singleton
class ConcernDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        if (viewer.organisationKind() == OrganisationKind.VCSE_PROVIDER) {
            return List.of(concerns(120));
        }
        if (viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER) {
            return List.of(
                    new DashboardLink(120, "dashboard.link.matters", "/concerns", "dashboard.link.matters.hint"));
        }
        return viewer.isSteward() ? List.of(concerns(230)) : List.of();
    }

    private static DashboardLink concerns(int place) {
        return new DashboardLink(place, "dashboard.link.concerns", "/concerns", "dashboard.link.concerns.hint");
    }
}
