package uk.gov.justice.marketplace.ratecard;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** Searching the rate card, for those who buy from it, sell on it, or steward it. */
@Singleton
class RateCardSearchDashboardLinks implements ViewerDashboardLinks {

    private static final List<DashboardLink> SEARCH = List.of(
            new DashboardLink(420, "ratecard.search.dashboard", "/rate-card", "ratecard.search.dashboard.hint"));

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        return viewer.organisationKind() != OrganisationKind.MARKET_STEWARD || viewer.isSteward() ? SEARCH : List.of();
    }
}
