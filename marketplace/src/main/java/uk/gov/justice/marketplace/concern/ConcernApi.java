package uk.gov.justice.marketplace.concern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Forbidden;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.common.web.TakesFiles;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Confidential concerns over JSON. Each caller gets its own shape: the steward everything, the partner its own
 * concerns, the lead provider only the matters put to it (a separate endpoint with no author in its model).
 */
@ProblemAnswers.NeedsToken
@Controller("/api/concerns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Concerns")
class ConcernApi {

    private final Concerns concerns;
    private final Messages messages;

    ConcernApi(Concerns concerns, Messages messages) {
        this.concerns = concerns;
        this.messages = messages;
    }

    @Serdeable
    record RaiseRequest(
            @Nullable UUID chainId,
            @Nullable @Schema(type = "string") Concern.Category category,
            @Nullable @Schema(maxLength = Concern.LONGEST_TEXT) String details) {}

    /** A partner's own concern as it sees it. */
    @Serdeable
    record OwnConcern(
            UUID id,
            UUID chainId,
            String chainName,
            String leadName,
            Concern.Category category,
            String details,
            Concern.Status status,
            Instant raisedAt,
            @Nullable String outcome) {

        static OwnConcern of(Concern c) {
            return new OwnConcern(
                    c.id(),
                    c.chainId(),
                    c.chainName(),
                    c.leadName(),
                    c.category(),
                    c.details(),
                    c.status(),
                    c.raisedAt(),
                    c.outcome());
        }
    }

    /** A concern as the steward sees it: everything, its author included. */
    @Serdeable
    @Schema(name = "Concern")
    record StewardsConcern(
            UUID id,
            UUID chainId,
            String chainName,
            UUID leadId,
            String leadName,
            UUID raisedBy,
            String raisedByName,
            String raisedByPerson,
            Concern.Category category,
            String details,
            Concern.Status status,
            Instant raisedAt,
            List<ActionTaken> actions,
            @Nullable String outcome) {}

    /** What the steward did: its own words, or what the service says for a move that has none of its own. */
    @Serdeable
    @Schema(name = "Action")
    record ActionTaken(Instant at, String by, String note) {}

    private StewardsConcern stewards(Concern c) {
        return new StewardsConcern(
                c.id(),
                c.chainId(),
                c.chainName(),
                c.leadId(),
                c.leadName(),
                c.raisedBy(),
                c.raisedByName(),
                c.raisedByPerson(),
                c.category(),
                c.details(),
                c.status(),
                c.raisedAt(),
                c.actions().stream().map(this::taken).toList(),
                c.outcome());
    }

    /** The API speaks English: a steward's note as written; a closure is told with its outcome. */
    private ActionTaken taken(Concern.Action action) {
        String note =
                switch (action.kind()) {
                    case NOTE -> action.cause().reason();
                    case PUT_TO_LEAD -> messages.text("concern.action.PUT_TO_LEAD", Texts.ENGLISH);
                    case CLOSED ->
                        messages.text("concern.action.CLOSED", Texts.ENGLISH) + ": "
                                + action.cause().reason();
                };
        return new ActionTaken(action.cause().at(), action.cause().actor(), note);
    }

    /** A matter as the lead provider reads it: the steward's words and when they were put. */
    @Serdeable
    @Schema(name = "Matter")
    record MatterPutToYou(UUID id, String text, Instant putAt) {

        static MatterPutToYou of(Matter m) {
            return new MatterPutToYou(m.id(), m.text(), m.putAt());
        }
    }

    /** A PDF attached to a concern, as listed (its content is fetched separately). */
    @Serdeable
    @Schema(name = "ConcernEvidence")
    record EvidenceFile(UUID id, String fileName, int sizeBytes, String sha256, Instant uploadedAt) {

        static EvidenceFile of(ConcernEvidence e) {
            return new EvidenceFile(e.id(), e.fileName(), e.sizeBytes(), e.sha256(), e.uploadedAt());
        }
    }

    @Serdeable
    record NoteRequest(@Nullable @Schema(maxLength = Concern.LONGEST_TEXT) String text) {}

    @Serdeable
    record StatementRequest(
            @Nullable @Schema(maxLength = Concern.LONGEST_TEXT) String statement, boolean smallChainWeighed) {}

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Raise a confidential concern about the lead provider of a chain you are in (partners)")
    OwnConcern raise(@SignedIn Viewer partner, @Body RaiseRequest request) {
        return OwnConcern.of(concerns.raise(partner, request.chainId(), request.category(), request.details()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @TakesFiles
    @Post(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Attach a PDF to your organisation's concern (checked by content, at most 10 MB); only the "
                    + "market steward and your organisation can read it")
    EvidenceFile attach(@SignedIn Viewer partner, @PathVariable UUID id, @Part("file") CompletedFileUpload file) {
        return EvidenceFile.of(concerns.attach(partner, id, file.getFilename(), file.getSize(), file::getBytes));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/{id}/evidence")
    @Operation(summary = "The evidence attached to a concern (the partner that raised it, or the steward)")
    List<EvidenceFile> evidence(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return concerns.evidence(viewer, id).stream().map(EvidenceFile::of).toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get(value = "/{id}/evidence/{fileId}", produces = "application/pdf")
    @Operation(summary = "Download a concern's evidence file (the partner that raised it, or the steward)")
    HttpResponse<byte[]> download(@SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID fileId) {
        PdfEvidence pdf = concerns.evidenceFile(viewer, id, fileId);
        return Downloads.pdf(pdf.content(), pdf.fileName());
    }

    @Get("/mine")
    @Operation(summary = "The concerns your organisation raised, with their status and outcome (partners)")
    List<OwnConcern> mine(@SignedIn Viewer partner) {
        return concerns.raisedBy(partner).stream().map(OwnConcern::of).toList();
    }

    @Get("/matters")
    @Operation(summary = "Matters the market steward has put to your organisation (lead providers)")
    List<MatterPutToYou> matters(@SignedIn Viewer lead) {
        if (lead.organisationKind() != OrganisationKind.LEAD_PROVIDER) {
            throw new Forbidden("error.concern.onlyLeads");
        }
        return concerns.mattersFor(lead).stream().map(MatterPutToYou::of).toList();
    }

    @Get
    @Operation(summary = "Every concern with who raised it (steward)")
    List<StewardsConcern> all(@SignedIn Viewer steward) {
        return concerns.all(steward).stream().map(this::stewards).toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/actions")
    @Operation(summary = "Record what the steward did or found (steward)")
    StewardsConcern act(@SignedIn Viewer steward, @PathVariable UUID id, @Body NoteRequest request) {
        return stewards(concerns.act(steward, id, request.text()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/statements")
    @Operation(
            summary = "Put a statement to the lead provider, without the author; in a chain of fewer than three "
                    + "partners, say smallChainWeighed=true (steward)")
    StewardsConcern put(@SignedIn Viewer steward, @PathVariable UUID id, @Body StatementRequest request) {
        return stewards(concerns.putToLead(steward, id, request.statement(), request.smallChainWeighed()));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/closure")
    @Operation(summary = "Close the concern with its outcome, which the partner sees (steward)")
    StewardsConcern close(@SignedIn Viewer steward, @PathVariable UUID id, @Body NoteRequest request) {
        return stewards(concerns.close(steward, id, request.text()));
    }
}
