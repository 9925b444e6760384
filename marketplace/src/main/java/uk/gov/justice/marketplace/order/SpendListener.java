package uk.gov.justice.marketplace.order;

/**
 * Told of every confirmed spend inside the transaction that confirms it, so an attribution is never missing and
 * never made for spend that was rolled back. Co-commissioning attributes pooled spend to its funders this way.
 */
public interface SpendListener {

    void confirmed(ConfirmedSpend spend);
}
