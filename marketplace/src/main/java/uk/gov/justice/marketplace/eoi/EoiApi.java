package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.common.web.TakesFiles;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** The Expression of Interest over JSON: the provider's form and the steward's review. */
@ProblemAnswers.NeedsToken
@Controller("/api/eoi")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Expression of Interest")
class EoiApi {

    private final EoiForms forms;
    private final EoiReview review;
    private final EvidenceFiles evidence;
    private final ObjectMapper json;

    EoiApi(EoiForms forms, EoiReview review, EvidenceFiles evidence, ObjectMapper json) {
        this.forms = forms;
        this.review = review;
        this.evidence = evidence;
        this.json = json;
    }

    @Serdeable
    record EoiView(
            UUID id,
            int version,
            EoiStatus status,
            Map<EoiPart, PartProgress> progress,
            @Nullable Integer publishedVersion,
            @Nullable Instant submittedAt,
            @Nullable @Schema(type = "object") StewardDecisionView decision,
            EoiAnswers answers) {}

    @Serdeable
    record StewardDecisionView(
            EoiStatus outcome, String reason, Map<EoiPart, String> partComments, String decidedBy, Instant decidedAt) {}

    @Serdeable
    record QueueEntry(UUID id, UUID organisationId, int version, Instant submittedAt, int workingDaysWaiting) {}

    /** A PDF the provider attached as evidence, as listed (the content is fetched separately). */
    @Serdeable
    @Schema(name = "EvidenceFile")
    record EvidenceFileAnswer(
            UUID id, String fileName, int sizeBytes, String sha256, int extractedCharacters, Instant uploadedAt) {

        static EvidenceFileAnswer of(EvidenceFile f) {
            return new EvidenceFileAnswer(
                    f.id(), f.fileName(), f.sizeBytes(), f.sha256(), f.extractedCharacters(), f.uploadedAt());
        }
    }

    @Serdeable
    record DecisionRequest(int version, EoiStatus outcome, String reason, Map<EoiPart, String> partComments) {}

    @ProblemAnswers.FindsByName
    @Get
    @Operation(summary = "Your organisation's Expression of Interest: current version, progress by part, answers")
    EoiView mine(@SignedIn Viewer provider) {
        return view(forms.mine(provider).orElseThrow(() -> new NotFound("eoi", "error.eoi.none")));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Put("/parts/{part}")
    @Operation(
            summary = "Save one part (organisation, exclusions, selection, services, coverage, evidence); "
                    + "partial answers are kept as a draft")
    EoiView savePart(
            @SignedIn Viewer provider,
            @Parameter(
                            description = "Which part",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "organisation",
                                                "exclusions",
                                                "selection",
                                                "services",
                                                "coverage",
                                                "evidence"
                                            }))
                    @PathVariable
                    String part,
            @RequestBody(
                            required = true,
                            description =
                                    "The part's answers, as the part named in the "
                                            + "path: organisation OrganisationFacts, exclusions ExclusionDeclarations, selection "
                                            + "SelectionInformation, services ServicesOffered, coverage Coverage, evidence Evidence",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema =
                                                    @Schema(
                                                            anyOf = {
                                                                OrganisationFacts.class,
                                                                ExclusionDeclarations.class,
                                                                SelectionInformation.class,
                                                                ServicesOffered.class,
                                                                Coverage.class,
                                                                Evidence.class
                                                            })))
                    @Body
                    byte[] body) {
        // Raw bytes, parsed only once the caller is known to be a provider (decoding text first would judge a
        // stranger's Content-Type charset before their role), and before the save takes the EoI's row lock.
        EoiForms.requireProvider(provider);
        return view(forms.save(provider, parse(part, body)));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/submission")
    @Operation(summary = "Send the current version to the market steward; refused with every missing answer listed")
    EoiView submit(@SignedIn Viewer provider) {
        return view(forms.submit(provider));
    }

    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/withdrawal")
    @Operation(summary = "Withdraw the Expression of Interest (leaves the register)")
    EoiView withdraw(@SignedIn Viewer provider) {
        return view(forms.withdraw(provider));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @TakesFiles
    @Post(value = "/evidence-files", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Attach a PDF as evidence (e.g. a Justice Data Lab report): checked by content, at most "
                    + "10 MB; its text is extracted for search")
    EvidenceFileAnswer upload(@SignedIn Viewer provider, @Part("file") CompletedFileUpload file) {
        return EvidenceFileAnswer.of(evidence.upload(provider, file.getFilename(), file.getSize(), file::getBytes));
    }

    @Get("/evidence-files")
    @Operation(summary = "The evidence files attached to your Expression of Interest")
    List<EvidenceFileAnswer> evidenceFiles(@SignedIn Viewer provider) {
        return forms.mine(provider).map(eoi -> evidence.list(eoi)).orElse(List.<EvidenceFile>of()).stream()
                .map(EvidenceFileAnswer::of)
                .toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Delete("/evidence-files/{fileId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Take an evidence file out of the version you are preparing; the published version keeps "
                    + "it (and search finds it) until the new version is approved")
    void removeEvidence(@SignedIn Viewer provider, @PathVariable UUID fileId) {
        evidence.remove(provider, fileId);
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get(value = "/{id}/evidence-files/{fileId}", produces = "application/pdf")
    @Operation(
            summary = "Download an evidence file (its provider or the steward; anyone signed in for a file the "
                    + "published version holds)")
    HttpResponse<byte[]> download(@SignedIn Viewer viewer, @PathVariable UUID id, @PathVariable UUID fileId) {
        PdfEvidence pdf = evidence.download(viewer, id, fileId);
        return Downloads.pdf(pdf.content(), pdf.fileName());
    }

    @Get("/review-queue")
    @Operation(summary = "Submitted Expressions of Interest, oldest first, with working days waited (steward)")
    List<QueueEntry> queue(@SignedIn Viewer steward) {
        return review.queue(steward).stream()
                .map(w -> new QueueEntry(
                        w.eoi().id(),
                        w.eoi().organisationId(),
                        w.eoi().current().number(),
                        w.eoi().current().submittedAt(),
                        w.workingDaysWaiting()))
                .toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/{id}")
    @Operation(summary = "One Expression of Interest (steward)")
    EoiView get(@SignedIn Viewer steward, @PathVariable UUID id) {
        return view(review.get(steward, id));
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/{id}/decisions")
    @Operation(summary = "Approve, request changes (with comments by part) or reject the version you read (steward)")
    EoiView decide(@SignedIn Viewer steward, @PathVariable UUID id, @Body DecisionRequest request) {
        return view(review.decide(
                steward,
                id,
                new EoiReview.Decide(request.version(), request.outcome(), request.reason(), request.partComments())));
    }

    private PartAnswers parse(String part, byte[] body) {
        EoiPart which = Arrays.stream(EoiPart.values())
                .filter(p -> p.field().equals(part))
                .findFirst()
                .orElseThrow(() -> new NotFound("part", "error.eoi.unknownPart"));
        Class<? extends PartAnswers> type =
                switch (which) {
                    case ORGANISATION -> OrganisationFacts.class;
                    case EXCLUSIONS -> ExclusionDeclarations.class;
                    case SELECTION -> SelectionInformation.class;
                    case SERVICES -> ServicesOffered.class;
                    case COVERAGE -> Coverage.class;
                    case EVIDENCE -> Evidence.class;
                };
        PartAnswers answers;
        try {
            answers = json.readValue(body, Argument.of(type));
        } catch (InvalidInput unreadable) {
            throw unreadable;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput(part, "error.eoi.invalid");
        }
        if (answers == null) {
            throw new InvalidInput(part, "error.eoi.invalid");
        }
        return answers;
    }

    private EoiView view(ExpressionOfInterest eoi) {
        EoiVersion current = eoi.current();
        StewardDecision decision = current.decision();
        return new EoiView(
                eoi.id(),
                current.number(),
                current.status(),
                current.answers().progress(forms.vocabularies()),
                eoi.published().map(EoiVersion::number).orElse(null),
                current.submittedAt(),
                decision == null
                        ? null
                        : new StewardDecisionView(
                                decision.outcome(),
                                decision.reason(),
                                decision.partComments(),
                                decision.decidedBy(),
                                decision.decidedAt()),
                current.answers());
    }
}
