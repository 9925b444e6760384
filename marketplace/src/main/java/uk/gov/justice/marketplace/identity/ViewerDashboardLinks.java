package uk.gov.justice.marketplace.identity;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.common.web.DashboardLinks;

/** The dashboard links of a feature that decides by the Viewer: its organisation's kind and the roles held. */
public interface ViewerDashboardLinks extends DashboardLinks {

    List<DashboardLink> linksFor(Viewer viewer);

    @Override
    default List<DashboardLink> linksFor(Authentication signedIn) {
        return ViewerAuthentication.from(signedIn)
                .map(viewer -> linksFor(viewer))
                .orElse(List.of());
    }
}
