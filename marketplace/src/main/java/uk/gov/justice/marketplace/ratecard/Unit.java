package uk.gov.justice.marketplace.ratecard;

/** What one unit of a rate-card service is, the thing its price is for (issue 13). */
public enum Unit {
    SESSION,
    HOUR,
    REFERRAL,
    WEEK,
    PLACE,
    PROGRAMME
}
