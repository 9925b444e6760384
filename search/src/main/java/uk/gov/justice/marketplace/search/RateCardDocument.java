package uk.gov.justice.marketplace.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A published rate-card service as search sees it: codes for everything filtered on, plain text (English and Welsh)
 * for everything searched in, the unit price in force today in pence (excluding VAT), and the units still free per
 * served area in the service's current period and the next one ({@code capacityPeriod}: MONTH, or QUARTER of the
 * financial year).
 */
public record RateCardDocument(
        String id,
        String providerId,
        String provider,
        String titleEn,
        String titleCy,
        String descriptionEn,
        String descriptionCy,
        String speciality,
        List<String> cohorts,
        String unit,
        long pricePence,
        String vat,
        List<String> areas,
        String capacityPeriod,
        Map<String, Integer> capacityLeftThisPeriod,
        Map<String, Integer> capacityLeftNextPeriod,
        int leadTimeDays,
        int minimumOrder,
        boolean welshDelivery,
        boolean outcomeEvidence,
        boolean justiceDataLabResult,
        boolean aboveGuidePrice,
        String labels,
        Instant updatedAt) {

    public RateCardDocument {
        cohorts = List.copyOf(cohorts);
        areas = List.copyOf(areas);
        capacityLeftThisPeriod = Map.copyOf(capacityLeftThisPeriod);
        capacityLeftNextPeriod = Map.copyOf(capacityLeftNextPeriod);
        labels = labels == null ? "" : labels;
    }
}
