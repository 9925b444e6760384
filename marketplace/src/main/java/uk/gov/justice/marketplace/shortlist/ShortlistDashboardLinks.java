package uk.gov.justice.marketplace.shortlist;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** Shortlists, for those who commission or bid: lead providers and commissioners. */
@Singleton
class ShortlistDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        return viewer.organisationKind() == OrganisationKind.LEAD_PROVIDER
                        || viewer.organisationKind() == OrganisationKind.COMMISSIONER
                ? List.of(new DashboardLink(
                        410, "dashboard.link.shortlists", "/shortlists", "dashboard.link.shortlists.hint"))
                : List.of();
    }
}
