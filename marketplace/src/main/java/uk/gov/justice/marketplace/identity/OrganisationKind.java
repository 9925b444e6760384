package uk.gov.justice.marketplace.identity;

/** What an organisation is in the market (DOMAIN.md section 2). */
public enum OrganisationKind {
    VCSE_PROVIDER,
    LEAD_PROVIDER,
    COMMISSIONER,
    MARKET_STEWARD
}
