package uk.gov.justice.marketplace.eoi;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** A VCSE provider's own Expression of Interest; the steward's queue of them to review. */
@Singleton
class EoiDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        if (viewer.organisationKind() == OrganisationKind.VCSE_PROVIDER) {
            return List.of(new DashboardLink(100, "dashboard.link.eoi", "/eoi", "dashboard.link.eoi.hint"));
        }
        return viewer.isSteward()
                ? List.of(new DashboardLink(210, "dashboard.link.review", "/review", "dashboard.link.review.hint"))
                : List.of();
    }
}
