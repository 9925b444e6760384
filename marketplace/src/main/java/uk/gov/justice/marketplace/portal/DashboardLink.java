package uk.gov.justice.marketplace.portal;

/** One thing the user can do from the dashboard: label and hint are message keys. */
public record DashboardLink(String labelKey, String href, String hintKey) {
}
