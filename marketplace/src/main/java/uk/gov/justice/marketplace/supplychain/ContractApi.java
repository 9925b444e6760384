package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.PdfWorker;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;
import uk.gov.justice.marketplace.common.web.TakesFiles;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.contracts.ContractVerification;
import uk.gov.justice.marketplace.identity.SignedIn;
import uk.gov.justice.marketplace.identity.Viewer;

/** The chain's contracts over JSON and PDF: generate, list, download, sign, and verify any sealed contract. */
@SerdeImport(ContractVerification.Verification.class)
@ProblemAnswers.NeedsToken
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Contracts")
class ContractApi {

    private final ChainContracts contracts;
    private final ContractVerification verification;
    private final PdfWorker pdfs;

    ContractApi(ChainContracts contracts, ContractVerification verification, PdfWorker pdfs) {
        this.contracts = contracts;
        this.verification = verification;
        this.pdfs = pdfs;
    }

    /**
     * A generated contract as listed: what it is, between whom, its hashes, who has signed, whether it is sealed, and
     * whether a later generation has superseded it (then it can no longer be signed).
     */
    @Serdeable
    @Schema(name = "ContractDocument")
    record ContractAnswer(
            UUID id,
            UUID chainId,
            String kind,
            @Nullable UUID partnerId,
            String language,
            String reference,
            String fingerprint,
            String sha256,
            List<UUID> parties,
            Instant createdAt,
            List<SignatureAnswer> signatures,
            @Nullable Instant sealedAt,
            @Nullable Instant supersededAt) {

        static ContractAnswer of(ContractDocument d) {
            return new ContractAnswer(
                    d.id(),
                    d.chainId(),
                    d.kind(),
                    d.partnerId(),
                    d.language(),
                    d.reference(),
                    d.fingerprint(),
                    d.sha256(),
                    d.parties(),
                    d.createdAt(),
                    d.signatures().stream().map(SignatureAnswer::of).toList(),
                    d.sealedAt(),
                    d.supersededAt());
        }
    }

    /** Who signed for which organisation, when, and the hash of the PDF they signed. */
    @Serdeable
    @Schema(name = "ContractDocument.Signature")
    record SignatureAnswer(
            UUID organisationId,
            String signerName,
            String organisation,
            String role,
            Instant signedAt,
            String documentSha256) {

        static SignatureAnswer of(ContractDocument.Signature s) {
            return new SignatureAnswer(
                    s.organisationId(), s.signerName(), s.organisation(), s.role(), s.signedAt(), s.documentSha256());
        }
    }

    @Serdeable
    record SignRequest(@Nullable String documentSha256) {}

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Post("/supply-chains/{id}/contracts")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Generate the lead contract and a partner agreement per partner from the chain as it is "
                    + "now; ?language=ENGLISH|WELSH (lead provider)")
    List<ContractAnswer> generate(
            @SignedIn Viewer lead,
            @PathVariable UUID id,
            @Parameter(schema = @Schema(allowableValues = {"ENGLISH", "WELSH"})) @Nullable @QueryValue
                    String language) {
        return contracts.generate(lead, id, language(language)).stream()
                .map(ContractAnswer::of)
                .toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get("/supply-chains/{id}/contracts")
    @Operation(summary = "The chain's latest contracts with their hashes and signatures (a partner sees its own)")
    List<ContractAnswer> list(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return contracts.list(viewer, id).stream().map(ContractAnswer::of).toList();
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @Get(value = "/contracts/{id}", produces = "application/pdf")
    @Operation(summary = "The contract as PDF: the sealed copy once every party has signed, otherwise the draft")
    HttpResponse<byte[]> pdf(@SignedIn Viewer viewer, @PathVariable UUID id) {
        return Downloads.pdf(contracts.pdf(viewer, id), "contract-" + id + ".pdf");
    }

    @ProblemAnswers.RefusesInput
    @ProblemAnswers.FindsByName
    @ProblemAnswers.Conflicts
    @Post("/contracts/{id}/signatures")
    @Operation(
            summary = "Sign the document whose SHA-256 you were shown (authorised signatories of a party; the "
                    + "steward for the Ministry on a lead contract)")
    ContractAnswer sign(@SignedIn Viewer signer, @PathVariable UUID id, @Body SignRequest request) {
        return ContractAnswer.of(contracts.sign(signer, id, request.documentSha256()));
    }

    @ProblemAnswers.RefusesInput
    @TakesFiles
    @Post(value = "/contracts/verification", consumes = "application/pdf")
    @Operation(
            summary = "Check a sealed contract: signed, unchanged since, and sealed by the platform (its current "
                    + "seal certificate or a retired one it still trusts), read within the PDF time limit")
    ContractVerification.Verification verify(
            @RequestBody(
                            required = true,
                            description = "The sealed contract's PDF, as downloaded",
                            content =
                                    @Content(
                                            mediaType = "application/pdf",
                                            schema = @Schema(type = "string", format = "binary")))
                    @Body
                    byte[] pdf) {
        return pdfs.within(() -> verification.verify(pdf));
    }

    private static ContractTerms.Language language(String given) {
        if (given == null || given.isBlank() || given.equals("ENGLISH")) {
            return ContractTerms.Language.ENGLISH;
        }
        if (given.equals("WELSH")) {
            return ContractTerms.Language.WELSH;
        }
        throw new InvalidInput("language", "error.contract.language");
    }
}
