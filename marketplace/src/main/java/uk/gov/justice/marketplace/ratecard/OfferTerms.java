package uk.gov.justice.marketplace.ratecard;

import java.time.LocalDate;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;

/**
 * What a buyer gets when it orders a published service on a day, in an area: the price in force that day (which the
 * order then keeps), the provider who delivers it and the terms the order must meet. {@code servedArea} is the area
 * the service declared that holds the buyer's area, whose capacity the order counts against.
 */
public record OfferTerms(
        UUID serviceId,
        UUID providerId,
        String providerName,
        String titleEn,
        String titleCy,
        String speciality,
        Unit unit,
        Money unitPrice,
        VatTreatment vat,
        LocalDate priceEffectiveFrom,
        int minimumOrder,
        int leadTimeWorkingDays,
        CapacityPeriod capacityPeriod,
        String servedArea) {}
