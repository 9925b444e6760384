package uk.gov.justice.marketplace.eoi;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the register publishes: each provider's latest approved version, for other features to read. */
@Singleton
public class PublishedEois {

    private final EoiStore store;

    PublishedEois(EoiStore store) {
        this.store = store;
    }

    /** A provider's published version. */
    public record Published(UUID eoiId, UUID organisationId, EoiVersion version) {}

    /** The version of this EoI the register shows, if it shows one (not if never approved or withdrawn). */
    @ReadOnly
    public Optional<Published> find(UUID eoiId) {
        return store.read(eoiId)
                .flatMap(eoi -> eoi.published().map(v -> new Published(eoi.id(), eoi.organisationId(), v)));
    }

    /** The organisation's published version, if the register shows it. */
    @ReadOnly
    public Optional<Published> ofOrganisation(UUID organisationId) {
        return store.readByOrganisation(organisationId)
                .flatMap(eoi -> eoi.published().map(v -> new Published(eoi.id(), eoi.organisationId(), v)));
    }

    @ReadOnly
    public List<Published> all() {
        return store.everApproved().stream()
                .map(id -> store.read(id).orElseThrow())
                .flatMap(eoi -> eoi.published().map(v -> new Published(eoi.id(), eoi.organisationId(), v)).stream())
                .toList();
    }
}
