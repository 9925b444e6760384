package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.FormErrors;

/** The provider's evidence PDFs and the upload form. */
record EvidenceFilesPage(
        @Nullable UUID eoiId, List<EvidenceFile> files, boolean editable, FormErrors errors, @Nullable String banner) {

    EvidenceFilesPage withBanner(@Nullable String text) {
        return new EvidenceFilesPage(eoiId, files, editable, errors, text);
    }
}
