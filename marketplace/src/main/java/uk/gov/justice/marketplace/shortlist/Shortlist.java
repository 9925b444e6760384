package uk.gov.justice.marketplace.shortlist;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A named list of providers an organisation is considering, with who put each one on it and when. */
@Serdeable
public record Shortlist(UUID id, String name, String createdBy, Instant createdAt, List<Entry> providers) {

    @Serdeable
    public record Entry(UUID providerId, String name, String addedBy, Instant addedAt) {}
}
