package uk.gov.justice.marketplace.eoi;

import java.util.List;
import uk.gov.justice.marketplace.common.InvalidInput;

/** The answers to one part of the form, saved as the provider goes (so any of them may still be missing). */
public sealed interface PartAnswers
        permits OrganisationFacts, ExclusionDeclarations, SelectionInformation, ServicesOffered, Coverage, Evidence {

    EoiPart part();

    /** Everything missing or invalid in this part; empty when the part is complete. */
    List<InvalidInput> problems(Vocabularies vocabularies);

    /**
     * The answers a draft may not keep: given but wrong (too long, not on the reference lists, impossible). A draft
     * may leave answers out; those wait for submission.
     */
    default List<InvalidInput> wrongAnswers(Vocabularies vocabularies) {
        return problems(vocabularies).stream()
                .filter(p -> !AnswerCheck.isMissing(p))
                .toList();
    }

    /** True when nothing has been answered yet. */
    boolean isEmpty();
}
