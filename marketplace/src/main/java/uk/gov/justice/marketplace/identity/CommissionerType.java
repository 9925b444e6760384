package uk.gov.justice.marketplace.identity;

/** The kinds of public body that commission rehabilitation (DOMAIN.md section 2, "Commissioner"). */
public enum CommissionerType {
    NPS,
    PCC,
    MAYOR_WITH_PCC_FUNCTIONS,
    HEALTH,
    LOCAL_AUTHORITY,
    DWP,
    WELSH_PUBLIC_BODY,
    OTHER
}
