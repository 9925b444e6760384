package uk.gov.justice.marketplace.cocommissioning;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/**
 * The form that drafts an agreement or proposes a variation (then {@code variation} is true and the agreement's
 * name is fixed): the agreement, then its funders and their contributions.
 */
record AgreementFormPage(
        String action,
        boolean variation,
        String agreementName,
        AgreementForm typed,
        List<AgreementForm.FunderRow> rows,
        List<Option> commissioners,
        List<Option> areas,
        List<Option> fundings,
        List<Option> rules,
        FormErrors errors) {}
