package uk.gov.justice.marketplace.eoi;

import jakarta.inject.Singleton;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;

/** The reference lists an EoI's answers must come from. */
@Singleton
public record Vocabularies(Areas areas, Specialities specialities, Cohorts cohorts) {}
