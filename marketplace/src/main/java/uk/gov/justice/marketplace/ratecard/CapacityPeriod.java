package uk.gov.justice.marketplace.ratecard;

/** The length of the period a service's capacity is counted in: so many units a month, or a quarter. */
public enum CapacityPeriod {
    MONTH,
    QUARTER
}
