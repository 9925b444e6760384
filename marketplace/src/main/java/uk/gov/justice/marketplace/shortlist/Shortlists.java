package uk.gov.justice.marketplace.shortlist;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.UniqueViolation;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Lead providers (and commissioners) keep named shortlists of register providers while they assemble a bid. A
 * shortlist belongs to the organisation, so colleagues share it; only providers on the register can be added.
 */
@Singleton
public class Shortlists {

    private static final Set<OrganisationKind> BUYERS =
            Set.of(OrganisationKind.LEAD_PROVIDER, OrganisationKind.COMMISSIONER);
    static final int MAX_NAME = 100;

    private final ShortlistStore store;
    private final PublishedEois published;
    private final AuditTrail audit;
    private final Clock clock;

    Shortlists(ShortlistStore store, PublishedEois published, AuditTrail audit, Clock clock) {
        this.store = store;
        this.published = published;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean canKeep(Viewer viewer) {
        return BUYERS.contains(viewer.organisationKind());
    }

    @ReadOnly
    public List<Shortlist> mine(Viewer viewer) {
        requireBuyer(viewer);
        return store.ofOrganisation(viewer.organisationId());
    }

    @Transactional
    public UUID create(Viewer viewer, String name) {
        requireBuyer(viewer);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInput("name", "error.shortlist.name.missing");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInput("name", "error.shortlist.name.tooLong");
        }
        if (store.nameTaken(viewer.organisationId(), trimmed)) {
            throw new InvalidInput("name", "error.shortlist.name.taken");
        }
        UUID id = UUID.randomUUID();
        UniqueViolation.refusedAs(
                ShortlistStore.NAME_UNIQUE, new InvalidInput("name", "error.shortlist.name.taken"), () -> {
                    store.create(id, viewer.organisationId(), trimmed, viewer.email(), clock.instant());
                    return id;
                });
        audit.record(viewer.asActor(), AuditEvent.of("shortlist.created", "shortlist", id, trimmed));
        return id;
    }

    @Transactional
    public void add(Viewer viewer, UUID shortlistId, UUID providerId) {
        requireOwner(viewer, shortlistId);
        if (providerId == null || published.ofOrganisation(providerId).isEmpty()) {
            throw new InvalidInput("providerId", "error.shortlist.notOnRegister");
        }
        if (store.add(shortlistId, providerId, viewer.email(), clock.instant())) {
            audit.record(
                    viewer.asActor(),
                    AuditEvent.of("shortlist.provider-added", "shortlist", shortlistId, providerId.toString()));
        }
    }

    @Transactional
    public void remove(Viewer viewer, UUID shortlistId, UUID providerId) {
        requireOwner(viewer, shortlistId);
        if (store.remove(shortlistId, providerId)) {
            audit.record(
                    viewer.asActor(),
                    AuditEvent.of("shortlist.provider-removed", "shortlist", shortlistId, providerId.toString()));
        }
    }

    private void requireOwner(Viewer viewer, UUID shortlistId) {
        requireBuyer(viewer);
        UUID owner = store.owner(shortlistId).orElseThrow(() -> new NotFound("shortlist", "error.shortlist.none"));
        if (!owner.equals(viewer.organisationId())) {
            throw new NotFound("shortlist", "error.shortlist.none");
        }
    }

    private static void requireBuyer(Viewer viewer) {
        if (!canKeep(viewer)) {
            throw new Forbidden("error.shortlist.onlyBuyers");
        }
    }
}
