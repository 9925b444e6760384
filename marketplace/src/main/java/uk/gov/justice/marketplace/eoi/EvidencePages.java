package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.PdfEvidence;
import uk.gov.justice.marketplace.common.web.CsrfOnlyForm;
import uk.gov.justice.marketplace.common.web.CsrfProtected;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.FormPage;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Pages;
import uk.gov.justice.marketplace.common.web.TakesFiles;
import uk.gov.justice.marketplace.identity.Viewer;

/** The provider's evidence PDFs: the list, with links to download and buttons to remove, and the upload form. */
@Hidden
@CsrfProtected
@Controller("/eoi/evidence-files")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class EvidencePages {

    private static final String VIEW = "eoi/evidence";

    private final EoiForms forms;
    private final EvidenceFiles evidence;
    private final Messages messages;
    private final Pages pages;

    EvidencePages(EoiForms forms, EvidenceFiles evidence, Messages messages, Pages pages) {
        this.forms = forms;
        this.evidence = evidence;
        this.messages = messages;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Viewer provider, @Nullable @QueryValue String uploaded, HttpRequest<?> request) {
        EvidenceFilesPage page = page(provider, FormErrors.NONE, null);
        String banner = page.files().stream()
                .filter(f -> f.id().toString().equals(uploaded))
                .findFirst()
                .map(f -> messages.text("eoi.evidence.uploaded", messages.locale(request)) + " " + f.fileName())
                .orElse(null);
        return pages.page(request, VIEW, page.withBanner(banner));
    }

    /** The provider's own file, or any file for the steward reviewing it (links on the evidence and review pages). */
    @Get(value = "/{id}/{fileId}", produces = "application/pdf")
    HttpResponse<byte[]> download(Viewer viewer, @PathVariable UUID id, @PathVariable UUID fileId) {
        PdfEvidence pdf = evidence.download(viewer, id, fileId);
        return Downloads.pdf(pdf.content(), pdf.fileName());
    }

    @TakesFiles
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(
            Viewer provider,
            @Part("csrfToken") @Nullable String csrfToken,
            @Part("file") @Nullable CompletedFileUpload upload,
            HttpRequest<?> request) {
        return pages.shownAgainIfRefused(
                request,
                FormPage.of(VIEW).everyFieldOn("file"),
                () -> {
                    if (upload == null
                            || upload.getFilename() == null
                            || upload.getFilename().isBlank()) {
                        throw new InvalidInput("file", "error.evidence.none");
                    }
                    EvidenceFile file =
                            evidence.upload(provider, upload.getFilename(), upload.getSize(), upload::getBytes);
                    return Pages.redirect("/eoi/evidence-files?uploaded=" + file.id());
                },
                errors -> page(provider, errors, null));
    }

    @Post(value = "/{fileId}/removal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Viewer provider, @PathVariable UUID fileId, @Body CsrfOnlyForm form) {
        evidence.remove(provider, fileId);
        return Pages.redirect("/eoi/evidence-files");
    }

    private EvidenceFilesPage page(Viewer provider, FormErrors errors, @Nullable String banner) {
        Optional<ExpressionOfInterest> eoi = forms.mine(provider);
        boolean editable = eoi.map(e -> e.current().status().isEditable()).orElse(true);
        return new EvidenceFilesPage(
                eoi.map(ExpressionOfInterest::id).orElse(null),
                eoi.map(e -> evidence.list(e)).orElse(List.of()),
                editable,
                errors,
                banner);
    }
}
