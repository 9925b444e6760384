package uk.gov.justice.marketplace.order;

import jakarta.inject.Singleton;
import java.util.List;
import uk.gov.justice.marketplace.common.web.DashboardLink;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.identity.ViewerDashboardLinks;

/** A commissioner's orders and budgets; a provider's orders for its rate-card services. */
@Singleton
class OrderDashboardLinks implements ViewerDashboardLinks {

    @Override
    public List<DashboardLink> linksFor(Viewer viewer) {
        return switch (viewer.organisationKind()) {
            case COMMISSIONER ->
                List.of(
                        new DashboardLink(150, "order.dashboard.orders", "/orders", "order.dashboard.orders.hint"),
                        new DashboardLink(155, "order.dashboard.budgets", "/budgets", "order.dashboard.budgets.hint"));
            case VCSE_PROVIDER, LEAD_PROVIDER ->
                List.of(new DashboardLink(145, "order.dashboard.provider", "/orders", "order.dashboard.provider.hint"));
            case MARKET_STEWARD -> List.of();
        };
    }
}
