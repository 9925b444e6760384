package uk.gov.justice.marketplace.eoi;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.audit.AuditEvent;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.ConflictingChange;
import uk.gov.justice.marketplace.common.EvidenceLimits;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.PdfWorker;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Evidence PDFs (a Justice Data Lab report, an evaluation) attached to a provider's EoI while the provider holds
 * it. A file refused for its content leaves the draft as it was. Who may read a file is one rule, kept by both the
 * download and search: the provider and the steward read every file; anyone else signed in reads only the files
 * of the version the register publishes, which the steward has reviewed. Search indexes only those files, so no
 * snippet quotes a file its reader could not open.
 */
@Singleton
public class EvidenceFiles {

    private final EoiStore eois;
    private final EvidenceStore files;
    private final EoiForms forms;
    private final AuditTrail audit;
    private final Clock clock;
    private final PdfWorker pdfs;
    private final long maxBytes;

    EvidenceFiles(
            EoiStore eois,
            EvidenceStore files,
            EoiForms forms,
            AuditTrail audit,
            Clock clock,
            PdfWorker pdfs,
            EvidenceLimits limits) {
        this.eois = eois;
        this.files = files;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
        this.pdfs = pdfs;
        this.maxBytes = limits.maxFileSize();
    }

    /**
     * Checked in the order that costs an unwelcome caller least: who is asking and whether the EoI takes files,
     * then the declared size, and only then the body is read and parsed (in the PDF worker, outside any
     * transaction); the EoI is locked only to store the parsed file.
     */
    public EvidenceFile upload(Viewer provider, String fileName, long declaredSize, PdfEvidence.Content content) {
        forms.mine(provider).ifPresent(EvidenceFiles::requireEditable);
        return addParsed(provider, pdfs.evidence(fileName, declaredSize, content, maxBytes));
    }

    @Transactional
    EvidenceFile addParsed(Viewer provider, PdfEvidence pdf) {
        ExpressionOfInterest eoi = forms.startOrLock(provider);
        requireEditable(eoi);
        EvidenceFile file = files.add(eoi.id(), eoi.current().number(), pdf, provider.email(), clock.instant());
        audit.record(
                provider.asActor(),
                AuditEvent.of(
                        "eoi.evidence-uploaded",
                        "eoi",
                        eoi.id(),
                        file.fileName() + " (" + file.sizeBytes() + " bytes, sha256 " + file.sha256() + ")"));
        return file;
    }

    private static void requireEditable(ExpressionOfInterest eoi) {
        if (!eoi.current().status().isEditable()) {
            throw new ConflictingChange("error.eoi.notEditable");
        }
    }

    /** Takes a file out of the version the provider is preparing; the published version keeps it until replaced. */
    @Transactional
    public void remove(Viewer provider, UUID fileId) {
        ExpressionOfInterest eoi = forms.startOrLock(provider);
        requireEditable(eoi);
        if (!files.remove(eoi.id(), eoi.current(), fileId)) {
            throw new NotFound("file", "error.evidence.unknown");
        }
        audit.record(
                provider.asActor(),
                AuditEvent.of(
                        "eoi.evidence-removed",
                        "eoi",
                        eoi.id(),
                        "file " + fileId + " from version " + eoi.current().number()));
    }

    /** The text of the files the published version holds: all that search may quote. */
    @ReadOnly
    public String publishedText(PublishedEois.Published published) {
        return files.extractedText(published.eoiId(), published.version().number());
    }

    /** The files of the version the register publishes, which anyone signed in may read (rate-card evidence). */
    @ReadOnly
    public List<EvidenceFile> published(PublishedEois.Published published) {
        return files.list(published.eoiId(), published.version().number());
    }

    /** The files of the EoI's current version (the one being prepared, or with the steward). */
    @ReadOnly
    public List<EvidenceFile> list(ExpressionOfInterest eoi) {
        return files.list(eoi.id(), eoi.current().number());
    }

    @ReadOnly
    public PdfEvidence download(Viewer viewer, UUID eoiId, UUID fileId) {
        ExpressionOfInterest eoi = eois.read(eoiId).orElseThrow(() -> new NotFound("eoi", "error.eoi.none"));
        boolean published = eoi.published()
                .filter(v -> files.holds(eoiId, v.number(), fileId))
                .isPresent();
        if (!viewer.isSteward() && !published) {
            AccessPolicy.requireActsFor(viewer, eoi.organisationId());
        }
        return files.content(eoiId, fileId).orElseThrow(() -> new NotFound("file", "error.evidence.unknown"));
    }
}
