package uk.gov.justice.marketplace.common.web;

import java.util.Comparator;

/**
 * One thing the user can do from the dashboard: label and hint are message keys; the dashboard lists links by
 * place, lowest first (see {@link DashboardLinks} for the bands).
 */
public record DashboardLink(int place, String labelKey, String href, String hintKey) {

    public static final Comparator<DashboardLink> IN_PLACE =
            Comparator.comparingInt(DashboardLink::place).thenComparing(DashboardLink::labelKey);
}
