package uk.gov.justice.marketplace.notification;

import java.time.Instant;
import java.util.UUID;

/** Something an organisation should know, shown on its dashboard until dismissed. */
public record Notice(UUID id, UUID organisationId, String messageKey, String detail, String link, Instant createdAt) {}
