package uk.gov.justice.marketplace.supplychain;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** A partner's invitations, a lead provider's chains, the steward's view of every chain's health. */
@Singleton
class SupplyChainDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        if (viewer.organisationKind() == OrganisationKind.VCSE_PROVIDER) {
            return List.of(new DashboardLink(
                    110, "dashboard.link.invitations", "/supply-chains", "dashboard.link.invitations.hint"));
        }
        if (viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER) {
            return List.of(
                    new DashboardLink(110, "dashboard.link.chains", "/supply-chains", "dashboard.link.chains.hint"));
        }
        return viewer.isSteward()
                ? List.of(new DashboardLink(
                        220, "dashboard.link.stewardship", "/stewardship", "dashboard.link.stewardship.hint"))
                : List.of();
    }
}
