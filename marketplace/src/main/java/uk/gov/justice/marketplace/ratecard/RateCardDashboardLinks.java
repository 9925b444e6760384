package uk.gov.justice.marketplace.ratecard;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** A provider's own rate card; the steward's guide prices. */
@Singleton
class RateCardDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        if (viewer.organisationKind() == OrganisationKind.VCSE_PROVIDER
                || viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER) {
            return List.of(new DashboardLink(
                    140, "ratecard.dashboard.yours", "/rate-card/services/mine", "ratecard.dashboard.yours.hint"));
        }
        return viewer.isSteward()
                ? List.of(new DashboardLink(
                        240, "ratecard.dashboard.guides", "/rate-card/guide-prices", "ratecard.dashboard.guides.hint"))
                : List.of();
    }
}
