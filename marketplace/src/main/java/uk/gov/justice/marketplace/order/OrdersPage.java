package uk.gov.justice.marketplace.order;

import java.util.List;

/** The orders an organisation placed (a commissioner) or was sent (a provider), one row each. */
record OrdersPage(String role, List<OrderRow> orders) {

    /** One order in a list: the link to it and what a reader scans for. */
    record OrderRow(
            String href,
            String service,
            String otherParty,
            String area,
            String period,
            String units,
            String amount,
            String status) {}
}
