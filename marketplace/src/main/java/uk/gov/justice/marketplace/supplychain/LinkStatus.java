package uk.gov.justice.marketplace.supplychain;

/** Where a partner stands in a chain: invited, then in (accepted) or not (declined, expired), and later left. */
public enum LinkStatus {
    INVITED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    LEFT;

    /** In the chain and counted in its figures. */
    public boolean isActive() {
        return this == ACCEPTED;
    }

    /** Still open: a new invitation to the same partner would be a duplicate. */
    boolean isOpen() {
        return this == INVITED || this == ACCEPTED;
    }
}
