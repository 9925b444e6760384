package uk.gov.justice.marketplace.register;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One approved provider as the register publishes it: organisation facts, what it does, where, and a summary of
 * its evidence. Contact details stay out: the register is open data.
 */
@Serdeable
public record RegisterEntry(
        UUID organisationId,
        UUID eoiId,
        int version,
        String name,
        String legalForm,
        String registrationNumber,
        List<String> specialities,
        List<String> cohorts,
        List<String> areas,
        boolean welshLanguageService,
        String riskAppetite,
        boolean justiceDataLabEvidence,
        Instant approvedAt) {}
