package uk.gov.justice.marketplace.audit;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.common.web.DashboardLinks;

/** The trail, for whoever may read it: the same role check as the audit pages. */
@Singleton
class AuditDashboardLinks implements DashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Authentication signedIn) {
        return signedIn.getRoles().contains(AuditLog.STEWARD_ROLE)
                ? List.of(new DashboardLink(240, "dashboard.link.audit", "/audit", "dashboard.link.audit.hint"))
                : List.of();
    }
}
