package uk.gov.justice.marketplace.cocommissioning;

/** How the funders' money is held: in one budget the host holds, or each funder's own with shared reporting. */
public enum Funding {
    POOLED,
    ALIGNED
}
