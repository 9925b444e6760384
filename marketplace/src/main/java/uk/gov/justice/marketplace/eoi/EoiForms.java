package uk.gov.justice.marketplace.eoi;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.InvalidInputs;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.UniqueViolation;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * A VCSE provider's side of its Expression of Interest: fill it in part by part over several sittings, submit it,
 * update it once approved, withdraw it. Every step is audited in the same transaction.
 */
@Singleton
public class EoiForms {

    private final EoiStore store;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final PublicationEvents publications;
    private final Clock clock;

    EoiForms(EoiStore store, Vocabularies vocabularies, AuditTrail audit, PublicationEvents publications, Clock clock) {
        this.store = store;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.publications = publications;
        this.clock = clock;
    }

    @ReadOnly
    public Optional<ExpressionOfInterest> mine(Viewer provider) {
        requireProvider(provider);
        return store.readByOrganisation(provider.organisationId());
    }

    /** Saves one part; the first save starts the organisation's EoI. */
    @Transactional
    public ExpressionOfInterest save(Viewer provider, PartAnswers answers) {
        return save(provider, saved -> answers);
    }

    /**
     * Saves one part worked out from the answers saved so far (a page that asks half a part keeps the other half),
     * read under the same lock so a second tab cannot slip a change in between. A part with a wrong answer (an
     * unknown area, a name too long) is refused whole, naming each such answer, and the draft stays as it was.
     */
    @Transactional
    public ExpressionOfInterest save(Viewer provider, Function<EoiAnswers, PartAnswers> answering) {
        ExpressionOfInterest eoi = startOrLock(provider);
        PartAnswers part = answering.apply(eoi.current().answers());
        List<InvalidInput> wrong = part.wrongAnswers(vocabularies);
        if (!wrong.isEmpty()) {
            throw new InvalidInputs(wrong);
        }
        return apply(provider, eoi.answer(part));
    }

    /** The provider's EoI, locked for a change; started if this is the organisation's first step. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    ExpressionOfInterest startOrLock(Viewer provider) {
        requireProvider(provider);
        return store.lockByOrganisation(provider.organisationId()).orElseGet(() -> {
            ExpressionOfInterest started = ExpressionOfInterest.start(provider.organisationId());
            // Two first saves at once: the second finds no row to lock, and the one-per-organisation index stops it.
            return UniqueViolation.refusedAs(
                    EoiStore.ONE_PER_ORGANISATION, new ConflictingChange("error.request.conflict"), () -> {
                        store.create(started, clock.instant());
                        return started;
                    });
        });
    }

    @Transactional
    public ExpressionOfInterest submit(Viewer provider) {
        return change(provider, eoi -> eoi.submit(vocabularies, clock.instant()));
    }

    /** Leaving the register reaches search through the same transaction's publication event. */
    @Transactional
    public ExpressionOfInterest withdraw(Viewer provider) {
        ExpressionOfInterest withdrawn = change(provider, ExpressionOfInterest::withdraw);
        publications.record(
                withdrawn.organisationId(), withdrawn.id(), PublicationEvents.Kind.WITHDRAWN, clock.instant());
        return withdrawn;
    }

    public Vocabularies vocabularies() {
        return vocabularies;
    }

    private ExpressionOfInterest change(
            Viewer provider, Function<ExpressionOfInterest, ExpressionOfInterest.Change> command) {
        requireProvider(provider);
        ExpressionOfInterest eoi = store.lockByOrganisation(provider.organisationId())
                .orElseThrow(() -> new NotFound("eoi", "error.eoi.none"));
        return apply(provider, command.apply(eoi));
    }

    private ExpressionOfInterest apply(Viewer provider, ExpressionOfInterest.Change change) {
        store.save(change.eoi());
        audit.record(provider.asActor(), EoiAudit.of(change.event()));
        return change.eoi();
    }

    static void requireProvider(Viewer viewer) {
        if (viewer.organisationKind() != OrganisationKind.VCSE_PROVIDER) {
            throw new Forbidden("error.eoi.onlyProviders");
        }
    }
}
