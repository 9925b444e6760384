package uk.gov.justice.marketplace.concern;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.EvidenceLimits;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.PdfWorker;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.notification.Notices;
import uk.gov.justice.marketplace.supplychain.SupplyChain;
import uk.gov.justice.marketplace.supplychain.SupplyChains;

/**
 * Confidential concerns. A partner raises one about the lead of a chain it is in; only the steward ever sees who
 * raised it. The lead sees only what the steward writes and puts to it, stored apart from the concern, dated when
 * put, naming no chain unless the steward does. In a chain too small to hide the author (SmallChainSafeguard) the
 * steward must say it has weighed that before putting anything.
 */
@Singleton
public class Concerns {

    private final ConcernStore store;
    private final SupplyChains chains;
    private final AuditTrail audit;
    private final Notices notices;
    private final Clock clock;
    private final PdfWorker pdfs;
    private final long maxEvidenceBytes;

    Concerns(
            ConcernStore store,
            SupplyChains chains,
            AuditTrail audit,
            Notices notices,
            Clock clock,
            PdfWorker pdfs,
            EvidenceLimits limits) {
        this.store = store;
        this.chains = chains;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
        this.pdfs = pdfs;
        this.maxEvidenceBytes = limits.maxFileSize();
    }

    @Transactional
    public Concern raise(Viewer partner, UUID chainId, Concern.Category category, String details) {
        if (partner.organisationKind() != OrganisationKind.VCSE_PROVIDER) {
            throw new Forbidden("error.concern.onlyPartners");
        }
        SupplyChain chain = chains.get(partner, chainId).chain();
        Concern.Change raised = Concern.raise(
                chain.id(),
                chain.name(),
                chain.leadId(),
                chain.leadName(),
                partner.organisationId(),
                partner.organisationName(),
                partner.email(),
                category,
                details,
                clock.instant());
        store.create(raised.concern());
        audit.record(partner.asActor(), ConcernAudit.of(raised.event()));
        return raised.concern();
    }

    /**
     * A PDF the partner adds to its own open concern: checked by content, size-limited, for the steward only. Who
     * asks and the declared size are checked before the body is read; it is parsed in the PDF worker with no
     * transaction open, and the concern is locked only to store the parsed file.
     */
    public ConcernEvidence attach(
            Viewer partner, UUID concernId, String fileName, long declaredSize, PdfEvidence.Content content) {
        ownConcern(partner, concernId).require(ConcernEvent.EvidenceAdded.class);
        return addParsed(partner, concernId, pdfs.evidence(fileName, declaredSize, content, maxEvidenceBytes));
    }

    @Transactional
    ConcernEvidence addParsed(Viewer partner, UUID concernId, PdfEvidence pdf) {
        Instant now = clock.instant();
        ConcernEvent added = store.lock(concernId)
                .orElseThrow(Concerns::none)
                .addEvidence(partner.email(), now, pdf.fileName(), pdf.sha256());
        ConcernEvidence file = store.addEvidence(concernId, pdf, now);
        audit.record(partner.asActor(), ConcernAudit.of(added));
        return file;
    }

    @ReadOnly
    Concern ownConcern(Viewer partner, UUID concernId) {
        return store.read(concernId)
                .filter(c -> c.raisedBy().equals(partner.organisationId()))
                .orElseThrow(Concerns::none);
    }

    /** The evidence of a concern, for the partner that raised it or the steward. */
    @ReadOnly
    public List<ConcernEvidence> evidence(Viewer viewer, UUID concernId) {
        readable(viewer, concernId);
        return store.evidence(concernId);
    }

    @ReadOnly
    public PdfEvidence evidenceFile(Viewer viewer, UUID concernId, UUID fileId) {
        readable(viewer, concernId);
        return store.evidenceFile(concernId, fileId).orElseThrow(Concerns::none);
    }

    private void readable(Viewer viewer, UUID concernId) {
        Concern concern = store.read(concernId).orElseThrow(Concerns::none);
        if (!viewer.isSteward() && !concern.raisedBy().equals(viewer.organisationId())) {
            throw none();
        }
    }

    /** The partner's own concerns, with what became of them. */
    @ReadOnly
    public List<Concern> raisedBy(Viewer partner) {
        return store.raisedBy(partner.organisationId());
    }

    /** Every concern with its author, for the steward. */
    @ReadOnly
    public List<Concern> all(Viewer steward) {
        AccessPolicy.requireSteward(steward);
        return store.all();
    }

    @Transactional
    public Concern act(Viewer steward, UUID id, String note) {
        return saved(steward, locked(steward, id).act(steward.email(), note, clock.instant()));
    }

    @Transactional
    public Concern putToLead(Viewer steward, UUID id, String statement, boolean smallChainWeighed) {
        Concern concern = locked(steward, id);
        String text = Concern.text("statement", statement);
        StatementToLead.RULES.require(new StatementToLead(partnersIn(steward, concern), smallChainWeighed));
        Instant now = clock.instant();
        store.putToLead(concern.leadId(), text, steward.email(), now);
        notices.tell(concern.leadId(), "notice.concern.matter", null, null);
        return saved(steward, concern.putToLead(steward.email(), now));
    }

    @Transactional
    public Concern close(Viewer steward, UUID id, String outcome) {
        return saved(steward, locked(steward, id).close(steward.email(), outcome, clock.instant()));
    }

    /** What the lead provider may read: the steward's statements to it, and nothing of where they came from. */
    @ReadOnly
    public List<Matter> mattersFor(Viewer lead) {
        return store.mattersFor(lead.organisationId());
    }

    /** The partners the concern's author hides among, for the steward's warning. */
    public int partnersIn(Viewer steward, Concern concern) {
        return SmallChainSafeguard.partnersHidingTheAuthor(
                chains.get(steward, concern.chainId()).chain(), concern.raisedAt(), clock.instant());
    }

    private Concern locked(Viewer steward, UUID id) {
        AccessPolicy.requireSteward(steward);
        return store.lock(id).orElseThrow(Concerns::none);
    }

    private static NotFound none() {
        return new NotFound("concern", "error.concern.none");
    }

    private Concern saved(Viewer steward, Concern.Change change) {
        store.save(change.concern());
        audit.record(steward.asActor(), ConcernAudit.of(change.event()));
        return change.concern();
    }
}
