package uk.gov.justice.marketplace.eoi;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** What the register publishes: each provider's latest approved version, for other features to read. */
@Singleton
public class PublishedEois {

    private final EoiStore store;

    PublishedEois(EoiStore store) {
        this.store = store;
    }

    /** A provider's published version. */
    public record Published(UUID eoiId, UUID organisationId, EoiVersion version) {
    }

    @ReadOnly
    public List<Published> all() {
        return store.everApproved().stream()
                .map(id -> store.read(id).orElseThrow())
                .flatMap(eoi -> eoi.published().map(v -> new Published(eoi.id(), eoi.organisationId(), v)).stream())
                .toList();
    }
}
