package uk.gov.justice.marketplace.ratecard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The rate card as orders see it. Both calls join the caller's transaction; {@link #reserve} takes the row lock of
 * the capacity it counts against, so two buyers can never both take the last units.
 */
public interface RateCardOffers {

    /**
     * The terms of a published service for an area on a day; a {@code NotFound} naming {@code serviceId} when there
     * is no such published service, an {@code InvalidInput} naming {@code area} when it does not serve that area.
     */
    OfferTerms termsFor(UUID serviceId, String area, LocalDate day);

    /** Reserves units in a period, refused (an {@code InvalidInput} naming {@code units}) when fewer are left. */
    void reserve(UUID serviceId, String area, Period period, int units);

    /** Gives back units reserved earlier (a declined or cancelled order, units never delivered). */
    void release(UUID serviceId, String area, Period period, int units);

    /** Units still free in the period, counted against the served area that holds {@code area}. */
    int unitsLeft(UUID serviceId, String area, Period period);
}
