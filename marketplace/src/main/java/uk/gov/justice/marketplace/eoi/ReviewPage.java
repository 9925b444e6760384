package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/** A submitted version beside the last approved one, with the steward's decision form. */
record ReviewPage(
        String id,
        String organisation,
        int version,
        String submitted,
        @Nullable Integer approvedVersion,
        List<ComparedSection> sections,
        List<EvidenceFile> files,
        List<Option> outcomes,
        @Nullable String outcome,
        @Nullable String reason,
        FormErrors errors) {

    record ComparedSection(
            String field, String title, List<ComparedRow> rows, boolean changed, @Nullable String comment) {}

    /** A question's answer in the last approved version beside this one. */
    record ComparedRow(String question, @Nullable String approved, String submitted, boolean changed) {}
}
