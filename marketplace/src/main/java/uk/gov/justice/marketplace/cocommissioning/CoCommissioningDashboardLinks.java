package uk.gov.justice.marketplace.cocommissioning;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** A commissioner's co-commissioned services: only commissioners fund them. */
@Singleton
class CoCommissioningDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        return viewer.organisationKind() == OrganisationKind.COMMISSIONER
                ? List.of(new DashboardLink(
                        160,
                        "cocommissioning.dashboard.link",
                        "/co-commissioning",
                        "cocommissioning.dashboard.link.hint"))
                : List.of();
    }
}
