package uk.gov.justice.marketplace.concern;

import java.time.Instant;
import java.util.UUID;

/** A matter the steward put to a lead provider: the steward's words and when they were put, nothing more. */
public record Matter(UUID id, String text, Instant putAt) {}
