package uk.gov.justice.marketplace.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An approved provider as search sees it: codes for everything filtered on, plain text for everything searched in.
 * Codes are the reference data's (areas of any layer, specialities, cohorts); capacity is people a year by area.
 */
public record ProviderDocument(
        String id,
        String name,
        String legalForm,
        String sizeBand,
        boolean welshLanguageService,
        List<String> specialities,
        List<String> cohorts,
        List<String> areas,
        Map<String, Integer> capacityByArea,
        String riskAppetite,
        boolean outcomeEvidence,
        boolean justiceDataLabResult,
        String description,
        String caseStudies,
        String outcomeFigures,
        String evidenceText,
        Instant updatedAt) {

    public ProviderDocument {
        specialities = List.copyOf(specialities);
        cohorts = List.copyOf(cohorts);
        areas = List.copyOf(areas);
        capacityByArea = Map.copyOf(capacityByArea);
        description = description == null ? "" : description;
        caseStudies = caseStudies == null ? "" : caseStudies;
        outcomeFigures = outcomeFigures == null ? "" : outcomeFigures;
        evidenceText = evidenceText == null ? "" : evidenceText;
    }
}
